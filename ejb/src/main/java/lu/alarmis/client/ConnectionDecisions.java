package lu.alarmis.client;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import lu.alarmis.account.BusinessEspace;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.decision.DecisionSubject;
import lu.alarmis.decision.IntendedDecision;
import lu.alarmis.decision.Measure;
import lu.alarmis.decision.SubjectKind;
import lu.alarmis.notification.NotificationKind;
import lu.alarmis.notification.NotificationSubject;

/**
 * Connections as the subjects of intended decisions: suspending or ending one on the police's own
 * initiative. Each step of the procedure is a line of the connection's history; the measure
 * decided moves the connection's state, tells the client (with the reasons and the legal remedies)
 * and POST.
 */
@ApplicationScoped
public class ConnectionDecisions implements DecisionSubject {

    @Inject
    private ClientRepository register;

    @Inject
    private ConnectionHistory history;

    @Inject
    private ConnectionStates states;

    @Override
    public SubjectKind kind() {
        return SubjectKind.CONNECTION;
    }

    @Override
    public String referenceFor(long connectionId, Measure measure) {
        Connection connection = connection(connectionId);
        switch (measure) {
            case SUSPEND_CONNECTION -> {
                if (connection.getState() != ConnectionState.ACTIVE) {
                    throw new BusinessException("connection.notActive", connection.getClientNumber() + " is "
                            + connection.getState());
                }
            }
            case END_CONNECTION -> {
                if (connection.getState() == ConnectionState.ENDED) {
                    throw new BusinessException("connection.notOpen", connection.getClientNumber() + " has ended");
                }
            }
            default -> throw new IllegalArgumentException(measure + " does not concern a connection");
        }
        return connection.getClientNumber();
    }

    @Override
    public boolean isActedForBy(long connectionId, long espaceId) {
        return register.findConnection(connectionId)
                .map(c -> register.isActedForBy(c.getClient().getId(), espaceId))
                .orElse(false);
    }

    @Override
    public List<BusinessEspace> espacesToTell(long connectionId) {
        return register.espacesOf(connection(connectionId).getClient().getId()).stream()
                .map(ClientEspace::getEspace)
                .toList();
    }

    @Override
    public NotificationSubject notificationSubject(long connectionId) {
        return NotificationSubject.connection(connectionId, connection(connectionId).getClientNumber());
    }

    @Override
    public void record(IntendedDecision decision, Step step, String actor, Instant at) {
        Connection connection = connection(decision.getSubjectId());
        switch (step) {
            case ANNOUNCED -> history.record(connection, decision.getMeasure() == Measure.SUSPEND_CONNECTION
                            ? ConnectionEventKind.SUSPENSION_INTENDED : ConnectionEventKind.ENDING_INTENDED,
                    RegisterActor.PGD, actor, connection.getState(), decision.getReasons(), at);
            case ANSWERED -> history.record(connection, ConnectionEventKind.INTENDED_DECISION_ANSWERED,
                    RegisterActor.CLIENT, actor, connection.getState(), decision.getAnswer(), at);
            case DROPPED -> history.record(connection, ConnectionEventKind.INTENDED_DECISION_DROPPED,
                    RegisterActor.PGD, actor, connection.getState(), decision.getDecisionReasons(), at);
            default -> throw new IllegalArgumentException(step.toString());
        }
    }

    @Override
    public void carryOut(IntendedDecision decision, String actor, Instant at) {
        Connection connection = connection(decision.getSubjectId());
        // The decision's reasons go to the client (with the legal remedies) and to POST; an urgency is on the decision's file.
        String reasons = decision.getDecisionReasons();
        switch (decision.getMeasure()) {
            case SUSPEND_CONNECTION -> states.change(connection, connection.getVersion(), Connection::suspend,
                    ConnectionEventKind.SUSPENDED, NotificationKind.CONNECTION_SUSPENDED, actor, reasons, at);
            case END_CONNECTION -> states.change(connection, connection.getVersion(), Connection::end,
                    ConnectionEventKind.ENDED, NotificationKind.CONNECTION_ENDED, actor, reasons, at);
            default -> throw new IllegalArgumentException(decision.getMeasure() + " does not concern a connection");
        }
    }

    private Connection connection(long connectionId) {
        return register.findConnection(connectionId).orElseThrow(() -> new NotFoundException("connection", connectionId));
    }
}
