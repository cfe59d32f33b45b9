package lu.alarmis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;

import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    private record Row(Long id, String locality, boolean fireAlarm) {
        String shout() {
            return locality.toUpperCase();
        }
    }

    private final RecordELResolver resolver = new RecordELResolver();
    private final ELContext context = new ELContext() {
        @Override
        public ELResolver getELResolver() {
            return resolver;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    };

    @Test
    void readsARecordsComponentsAsProperties() {
        Row row = new Row(42L, "Esch-sur-Alzette", true);

        assertThat(resolver.getValue(context, row, "id")).isEqualTo(42L);
        assertThat(context.isPropertyResolved()).isTrue();
        assertThat(resolver.getValue(context, row, "fireAlarm")).isEqualTo(true);
        assertThat(resolver.isReadOnly(context, row, "locality")).isTrue();
        assertThatThrownBy(() -> resolver.setValue(context, row, "locality", "Luxembourg"))
                .isInstanceOf(PropertyNotWritableException.class);
    }

    @Test
    void leavesOtherMethodsAndOtherObjectsToTheNextResolver() {
        Row row = new Row(42L, "Esch-sur-Alzette", true);

        assertThat(resolver.getValue(context, row, "shout")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
        assertThat(resolver.getValue(context, "not a record", "length")).isNull();
        assertThat(resolver.getValue(context, null, "row")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }
}
