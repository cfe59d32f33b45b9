package lu.alarmis.request;

/**
 * A request known by its id and state only: enough to write a line on its timeline that does not
 * change it, without loading the whole request (POST's reports on a line, many per second).
 */
public record RequestStanding(long id, RequestState state) {
}
