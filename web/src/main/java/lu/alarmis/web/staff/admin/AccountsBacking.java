package lu.alarmis.web.staff.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import lu.alarmis.account.Account;
import lu.alarmis.account.PasswordPolicy;
import lu.alarmis.account.StaffAccountService;
import lu.alarmis.account.WeakPasswordException;
import lu.alarmis.common.BusinessException;
import lu.alarmis.security.Roles;
import lu.alarmis.web.Messages;

/** /staff/admin/accounts.xhtml: an administrator creates staff accounts, changes roles, disables. */
@Named("staffAccounts")
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StaffAccountService staffAccounts;

    private List<Account> accounts;
    /** Roles being edited, per account id (an array: what Faces sets through a map entry). */
    private final Map<Long, String[]> editedRoles = new HashMap<>();

    @NotBlank
    @Email
    @Size(max = Account.EMAIL_MAX)
    private String email;

    @NotBlank
    @Size(max = Account.NAME_MAX)
    private String displayName;

    @NotBlank
    @Size(max = PasswordPolicy.MAX_LENGTH)
    private String initialPassword;

    @NotEmpty
    private List<String> roles = new ArrayList<>();

    @PostConstruct
    void load() {
        accounts = staffAccounts.staff();
        editedRoles.clear();
        accounts.forEach(a -> editedRoles.put(a.getId(), a.getRoles().toArray(String[]::new)));
    }

    public void create() {
        try {
            Account created = staffAccounts.create(email, displayName, initialPassword, Set.copyOf(roles));
            Messages.info("staff.created", created.getEmail());
            email = null;
            displayName = null;
            initialPassword = null;
            roles = new ArrayList<>();
            load();
        } catch (WeakPasswordException weak) {
            weak.violations().forEach(v -> Messages.fieldError("newStaff:initialPassword", v.messageKey(),
                    PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public void saveRoles(Account account) {
        act(() -> staffAccounts.changeRoles(account.getId(), Set.of(editedRoles.get(account.getId()))),
                "staff.rolesChanged", account);
    }

    public void disable(Account account) {
        act(() -> staffAccounts.disable(account.getId()), "staff.disabled", account);
    }

    public void enable(Account account) {
        act(() -> staffAccounts.enable(account.getId()), "staff.enabled", account);
    }

    private void act(Runnable action, String doneKey, Account account) {
        try {
            action.run();
            Messages.info(doneKey, account.getEmail());
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
        load();
    }

    public List<String> getAvailableRoles() {
        return List.of(Roles.CIN_OPERATOR, Roles.CIN_SUPERVISOR, Roles.ADMIN);
    }

    public List<Account> getAccounts() {
        return accounts;
    }

    public Map<Long, String[]> getEditedRoles() {
        return editedRoles;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}
