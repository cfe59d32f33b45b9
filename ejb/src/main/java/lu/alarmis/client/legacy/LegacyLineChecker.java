package lu.alarmis.client.legacy;

import java.time.LocalDate;
import java.util.List;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import lu.alarmis.common.Luxembourg;

/** Checks each line on its own ({@link LegacyLineParser}); what the register already holds is the writer's to see. */
@Named
@Dependent
public class LegacyLineChecker implements ItemProcessor {

    private final LegacyLineParser parser = new LegacyLineParser(LocalDate.now(Luxembourg.ZONE));

    @Override
    public Object processItem(Object item) {
        LegacyFile.Line line = (LegacyFile.Line) item;
        if (line.unreadable().isPresent()) {
            return new CheckedLine(line.lineNumber(), null, List.of(line.unreadable().get()));
        }
        LegacyLineParser.Parsed parsed = parser.parse(line.lineNumber(), line.values());
        return new CheckedLine(line.lineNumber(), parsed.line().orElse(null), parsed.problems());
    }
}
