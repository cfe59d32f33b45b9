package lu.alarmis.request;

/** The work queue's locality filter matches the start of a locality's search key. */
final class LocalityPrefix {

    private LocalityPrefix() {
    }

    /** The smallest key after every key that starts with {@code prefix} ("ESCH" → "ESCI"). */
    static String upperBound(String prefix) {
        int last = prefix.length() - 1;
        return prefix.substring(0, last) + (char) (prefix.charAt(last) + 1);
    }

    /** {@code prefix%} for LIKE, with the wildcards and the escape character of the prefix escaped by '!'. */
    static String likePattern(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
