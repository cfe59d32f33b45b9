package lu.alarmis.web.staff.requests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import lu.alarmis.request.RequestState;
import lu.alarmis.request.WorkQueueFilter;

class QueueAddressTest {

    @Test
    void theWholeOpenQueueHasNoQuery() {
        assertThat(QueueAddress.queryOf(new WorkQueueFilter())).isEmpty();
    }

    @Test
    void eachFilterSetIsWrittenAsThePageReadsIt() {
        WorkQueueFilter filter = new WorkQueueFilter();
        filter.setState(RequestState.IN_REVIEW);
        filter.setLocality(" Esch-sur-Sûre & Co ");
        filter.setAlarmType(WorkQueueFilter.AlarmType.ACTIVE);
        filter.setAssignment(WorkQueueFilter.Assignment.MINE);
        filter.setMinDaysWaiting(30);
        filter.setInformationOverdue(true);

        assertThat(QueueAddress.queryOf(filter)).isEqualTo("state=IN_REVIEW&locality=Esch-sur-S%C3%BBre+%26+Co"
                + "&alarmType=ACTIVE&assignee=MINE&minDays=30&informationOverdue=true");
    }
}
