package lu.alarmis.client;

/** One line of the register's search: a connection and its client, read in one query without entities. */
public record RegisterRow(long connectionId, long clientId, String clientNumber, String clientName,
                          String tradeRegisterNumber, String siteLocality, ConnectionState state, boolean lineActive) {
}
