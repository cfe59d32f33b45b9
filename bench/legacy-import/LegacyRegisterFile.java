import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * Writes a file of the legacy register (the format the README describes) with made-up but
 * plausible Luxembourg clients: some with several sites, every state, dates of the last servicing
 * and transmission test spread over the last fifteen months, both date formats, and, if asked,
 * bad lines of every kind the import reports. The same arguments always give the same file.
 *
 * <pre>
 *   java bench/legacy-import/LegacyRegisterFile.java LINES OUTPUT [--bad-lines] [--today=YYYY-MM-DD]
 * </pre>
 *
 * The demo register ({@code ejb/src/main/resources/lu/alarmis/client/legacy/demo-legacy-register.csv})
 * is {@code 300 ... --bad-lines --today=2026-12-01}; the import benchmark writes 100,000 lines.
 */
public final class LegacyRegisterFile {

    private static final String HEADER = "client_number;name;legal_form;trade_register_number;language;"
            + "postal_street;postal_house_number;postal_postcode;postal_locality;"
            + "site_street;site_house_number;site_postcode;site_locality;"
            + "passive_alarm;active_alarm;post_line_id;transmitter_id;state;connected_on;"
            + "last_servicing_on;last_transmission_test_on";

    private static final List<String> TRADES = List.of("Bijouterie", "Pharmacie", "Boulangerie", "Garage", "Restaurant",
            "Cabinet médical", "Librairie", "Optique", "Quincaillerie", "Boucherie", "Fiduciaire", "Galerie",
            "Horlogerie", "Épicerie fine", "Station-service", "Brasserie", "Agence de voyages", "Fleuriste");
    private static final List<String> NAMES = List.of("Schmit", "Muller", "Weber", "Wagner", "Hoffmann", "Thill",
            "Klein", "Schroeder", "Reuter", "Kremer", "Meyer", "Becker", "Kieffer", "Hansen", "Steffen", "Feller",
            "Lorang", "Majerus", "Faber", "Welter", "Goergen", "Kayser", "Lentz", "Pauly");
    private static final List<String> STREETS = List.of("Grand-Rue", "Rue de la Gare", "Avenue de la Liberté",
            "Rue du Fossé", "Route d'Arlon", "Rue de l'Alzette", "Place Guillaume II", "Rue Principale",
            "Boulevard Royal", "Rue des Jardins", "Avenue Victor Hugo", "Rue de Luxembourg", "Rue du Moulin",
            "Rue de l'Église", "Route de Thionville", "Rue Beaumont");
    private static final List<String[]> LOCALITIES = List.of(new String[] {"1212", "Luxembourg"},
            new String[] {"4011", "Esch-sur-Alzette"}, new String[] {"9010", "Ettelbruck"}, new String[] {"3401", "Dudelange"},
            new String[] {"6450", "Echternach"}, new String[] {"9201", "Diekirch"}, new String[] {"8009", "Strassen"},
            new String[] {"4501", "Differdange"}, new String[] {"5201", "Sandweiler"}, new String[] {"8201", "Mamer"},
            new String[] {"7201", "Walferdange"}, new String[] {"9501", "Wiltz"}, new String[] {"3201", "Bettembourg"},
            new String[] {"6601", "Wasserbillig"}, new String[] {"5401", "Remich"}, new String[] {"8311", "Capellen"});
    /** The legal forms as the old register wrote them, with the register their numbers come from. */
    private static final List<String[]> FORMS = List.of(new String[] {"S.à r.l.", "B"}, new String[] {"SA", "B"},
            new String[] {"SARL-S", "B"}, new String[] {"EI", "A"}, new String[] {"SCS", "B"}, new String[] {"ASBL", "F"},
            new String[] {"commune", ""}, new String[] {"SARL", "B"});

    private static final DateTimeFormatter LUXEMBOURG = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java LegacyRegisterFile.java LINES OUTPUT [--bad-lines] [--today=YYYY-MM-DD]");
            System.exit(2);
        }
        int lines = Integer.parseInt(args[0]);
        Path output = Path.of(args[1]);
        boolean badLines = List.of(args).contains("--bad-lines");
        LocalDate today = List.of(args).stream().filter(a -> a.startsWith("--today=")).findFirst()
                .map(a -> LocalDate.parse(a.substring(8))).orElse(LocalDate.now());
        Random random = new Random(20261205L);
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            String[] client = null;
            for (int i = 0; i < lines; i++) {
                // One client in eight has a second site on the next line.
                if (client == null || i % 8 != 1) {
                    client = client(random, i);
                }
                String line = connection(random, i, client, today);
                if (badLines && i % 37 == 36) {
                    line = spoiled(line, i / 37 % 9, random);
                }
                out.write(line);
                out.write('\n');
            }
        }
    }

    /** name, legal form, trade-register number, language, postal street, number, postcode, locality */
    private static String[] client(Random random, int i) {
        String[] form = FORMS.get(random.nextInt(FORMS.size()));
        String[] locality = LOCALITIES.get(random.nextInt(LOCALITIES.size()));
        String name = form[0].equals("commune") ? "Administration communale de " + locality[1]
                : TRADES.get(random.nextInt(TRADES.size())) + " " + NAMES.get(random.nextInt(NAMES.size()))
                        + (i % 3 == 0 ? " & Fils" : "");
        String register = form[1].isEmpty() ? "" : form[1] + (10_000 + i * 7 % 290_000);
        String language = switch (random.nextInt(10)) {
            case 0, 1 -> "de";
            case 2 -> "en";
            case 3 -> "";
            default -> "fr";
        };
        return new String[] {name, form[0], register, language, STREETS.get(random.nextInt(STREETS.size())),
                Integer.toString(1 + random.nextInt(120)), "L-" + locality[0], locality[1]};
    }

    private static String connection(Random random, int i, String[] client, LocalDate today) {
        int year = 2003 + i % 23;
        String number = clientNumber(year, i + 1);
        String[] site = random.nextInt(3) == 0 ? new String[] {client[4], client[5], client[6], client[7]}
                : siteAddress(random);
        boolean bank = client[0].startsWith("Bijouterie") || client[0].startsWith("Horlogerie");
        String state = switch (random.nextInt(25)) {
            case 0, 1 -> "SUSPENDED";
            case 2 -> "ENDED";
            default -> random.nextInt(4) == 0 ? "" : "ACTIVE";
        };
        LocalDate connected = LocalDate.of(year, 1, 1).plusDays(random.nextInt(360));
        if (connected.isAfter(today)) {
            connected = today.minusDays(30);
        }
        LocalDate serviced = today.minusDays(20 + random.nextInt(440));
        LocalDate tested = today.minusDays(5 + random.nextInt(420));
        return String.join(";", number, quoted(client[0]), client[1], client[2], client[3], quoted(client[4]), client[5],
                client[6], client[7], quoted(site[0]), site[1], site[2], site[3], "yes", bank || i % 5 == 0 ? "yes" : "no",
                "LN-" + (500_000 + i), "TX-" + (700_000 + i * 3), state, date(connected, i),
                random.nextInt(12) == 0 ? "" : date(serviced, i + 1), random.nextInt(15) == 0 ? "" : date(tested, i));
    }

    private static String[] siteAddress(Random random) {
        String[] locality = LOCALITIES.get(random.nextInt(LOCALITIES.size()));
        return new String[] {STREETS.get(random.nextInt(STREETS.size())), Integer.toString(1 + random.nextInt(200)),
                "L-" + locality[0], locality[1]};
    }

    /** A line made wrong in one of the ways the import reports. */
    private static String spoiled(String line, int how, Random random) {
        String[] values = line.split(";", -1);
        switch (how) {
            case 0 -> values[0] = values[0].substring(0, 15) + (char) ('0' + (values[0].charAt(15) - '0' + 1) % 10); // check digit
            case 1 -> values[2] = "GmbH & Co. KG";                   // unknown legal form
            case 2 -> values[11] = "F-57000";                        // a site in France
            case 3 -> values[1] = "";                                // no name
            case 4 -> { values[13] = "no"; values[14] = "no"; }      // no alarm
            case 5 -> values[18] = "31.02.2019";                     // no such day
            case 6 -> values[17] = "CLOSED";                         // unknown state
            case 7 -> values[0] = clientNumber(2004, 2);                // repeats the number of line 3
            default -> {
                return String.join(";", List.of(values).subList(0, 12)); // cut short
            }
        }
        return String.join(";", values);
    }

    private static String date(LocalDate date, int i) {
        return i % 4 == 0 ? date.format(LUXEMBOURG) : date.toString();
    }

    private static String quoted(String value) {
        return value.contains(";") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** AL-YYYY-NNNNNN-C, C the Luhn check digit over the year and the number. */
    static String clientNumber(int year, int sequence) {
        String digits = String.format("%04d%06d", year, sequence);
        int sum = 0;
        boolean twice = true;
        for (int k = digits.length() - 1; k >= 0; k--) {
            int d = digits.charAt(k) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return String.format("AL-%04d-%06d-%d", year, sequence, (10 - sum % 10) % 10);
    }
}
