package lu.alarmis.account;

import java.util.List;

import lu.alarmis.common.BusinessException;

/** The password breaks {@link PasswordPolicy}; {@link #violations()} says how. */
public class WeakPasswordException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<PasswordPolicy.Violation> violations;

    public WeakPasswordException(List<PasswordPolicy.Violation> violations) {
        super(violations.get(0).messageKey(), "password breaks the policy: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<PasswordPolicy.Violation> violations() {
        return violations;
    }
}
