/**
 * Messages the broker gave up on: why each attempt to process them failed, what is waiting on
 * {@code PostDeadLetter}, and what staff decided about it (replay or discard, with who and why).
 */
package lu.alarmis.partner.post.deadletter;
