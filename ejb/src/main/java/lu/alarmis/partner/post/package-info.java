/**
 * The JMS contract with POST Luxembourg: the message log, the producer towards
 * {@code PostOutbound} and the consumer of {@code PostInbound}. May depend on the domain areas
 * it coordinates; nothing outside this package touches JMS.
 */
package lu.alarmis.partner.post;
