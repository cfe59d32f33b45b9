package lu.alarmis.account;

import static lu.alarmis.common.Text.strip;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The workspace of one organisation on the portal; its members act for it. */
@Entity
@Table(name = "business_espace")
public class BusinessEspace {

    public static final int NAME_MAX = 200;
    public static final int STREET_MAX = 120;
    public static final int HOUSE_NUMBER_MAX = 10;
    public static final int LOCALITY_MAX = 80;
    /** RCS number: B followed by up to six digits, e.g. B123456. */
    public static final String TRADE_REGISTER_PATTERN = "B[0-9]{1,6}";
    /** Luxembourg postcode: L- followed by four digits. */
    public static final String POSTCODE_PATTERN = "L-[0-9]{4}";

    @Id
    @SequenceGenerator(name = "business_espace_seq", sequenceName = "business_espace_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "business_espace_seq")
    private Long id;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "organisation_name", nullable = false, length = NAME_MAX)
    private String organisationName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form", nullable = false, length = 30)
    private LegalForm legalForm;

    @NotNull
    @Pattern(regexp = TRADE_REGISTER_PATTERN)
    @Column(name = "trade_register_number", nullable = false, unique = true, length = 8)
    private String tradeRegisterNumber;

    @NotBlank
    @Size(max = STREET_MAX)
    @Column(name = "street", nullable = false, length = STREET_MAX)
    private String street;

    @NotBlank
    @Size(max = HOUSE_NUMBER_MAX)
    @Column(name = "house_number", nullable = false, length = HOUSE_NUMBER_MAX)
    private String houseNumber;

    @NotNull
    @Pattern(regexp = POSTCODE_PATTERN)
    @Column(name = "postcode", nullable = false, length = 6)
    private String postcode;

    @NotBlank
    @Size(max = LOCALITY_MAX)
    @Column(name = "locality", nullable = false, length = LOCALITY_MAX)
    private String locality;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected BusinessEspace() {
        // for JPA
    }

    public BusinessEspace(String organisationName, LegalForm legalForm, String tradeRegisterNumber, String street,
                          String houseNumber, String postcode, String locality) {
        this.organisationName = strip(organisationName);
        this.legalForm = legalForm;
        this.tradeRegisterNumber = normaliseTradeRegisterNumber(tradeRegisterNumber);
        this.street = strip(street);
        this.houseNumber = strip(houseNumber);
        this.postcode = normalisePostcode(postcode);
        this.locality = strip(locality);
    }

    /** "b 123456" and "B123456" are the same number. */
    public static String normaliseTradeRegisterNumber(String value) {
        return value == null ? null : value.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** "l-1234", "L 1234" and "1234" are the same postcode. */
    public static String normalisePostcode(String value) {
        if (value == null) {
            return null;
        }
        String compact = value.replace(" ", "").replace("-", "").toUpperCase(java.util.Locale.ROOT);
        return compact.matches("L?[0-9]{4}") ? "L-" + compact.replace("L", "") : value.strip();
    }

    void created(Account creator, Instant at) {
        this.createdBy = creator.getId();
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public String getTradeRegisterNumber() {
        return tradeRegisterNumber;
    }

    public String getStreet() {
        return street;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getLocality() {
        return locality;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
