package lu.alarmis.web.espace;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lu.alarmis.account.BusinessEspace;
import lu.alarmis.account.EspaceService;
import lu.alarmis.account.LegalForm;
import lu.alarmis.common.BusinessException;
import lu.alarmis.web.Messages;
import lu.alarmis.web.security.SignedInPerson;

/** /espace/create.xhtml: a person creates the eSpace of an organisation and becomes its manager. */
@Named("createEspace")
@RequestScoped
public class CreateBacking {

    @EJB
    private EspaceService espaces;

    @Inject
    private SignedInPerson person;

    @NotBlank
    @Size(max = BusinessEspace.NAME_MAX)
    private String organisationName;

    @NotNull
    private LegalForm legalForm;

    @NotBlank
    private String tradeRegisterNumber;

    @NotBlank
    @Size(max = BusinessEspace.STREET_MAX)
    private String street;

    @NotBlank
    @Size(max = BusinessEspace.HOUSE_NUMBER_MAX)
    private String houseNumber;

    @NotBlank
    private String postcode;

    @NotBlank
    @Size(max = BusinessEspace.LOCALITY_MAX)
    private String locality;

    public String create() {
        String number = BusinessEspace.normaliseTradeRegisterNumber(tradeRegisterNumber);
        String code = BusinessEspace.normalisePostcode(postcode);
        boolean valid = true;
        if (!number.matches(BusinessEspace.TRADE_REGISTER_PATTERN)) {
            Messages.fieldError("espace:tradeRegisterNumber", "espace.tradeRegisterNumberInvalid");
            valid = false;
        }
        if (!code.matches(BusinessEspace.POSTCODE_PATTERN)) {
            Messages.fieldError("espace:postcode", "espace.postcodeInvalid");
            valid = false;
        }
        if (!valid) {
            return null;
        }
        try {
            BusinessEspace created = espaces.create(new BusinessEspace(organisationName, legalForm, number, street,
                    houseNumber, code, locality));
            person.actFor(created.getId(), created.getOrganisationName());
            Messages.info("espace.created", created.getOrganisationName());
            Messages.keepForRedirect();
            return "/espace/index?faces-redirect=true";
        } catch (BusinessException refused) {
            Messages.error(refused);
            return null;
        }
    }

    public LegalForm[] getLegalForms() {
        return LegalForm.values();
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(LegalForm legalForm) {
        this.legalForm = legalForm;
    }

    public String getTradeRegisterNumber() {
        return tradeRegisterNumber;
    }

    public void setTradeRegisterNumber(String tradeRegisterNumber) {
        this.tradeRegisterNumber = tradeRegisterNumber;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public void setHouseNumber(String houseNumber) {
        this.houseNumber = houseNumber;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }
}
