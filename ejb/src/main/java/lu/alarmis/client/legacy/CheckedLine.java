package lu.alarmis.client.legacy;

import java.util.List;

import lu.alarmis.client.LegacyEntry;

/** A line of the file after its checks: the entry it gives, or its problems (then no entry). */
public record CheckedLine(long lineNumber, LegacyEntry entry, List<LineProblem> problems) {

    public boolean isGood() {
        return entry != null;
    }
}
