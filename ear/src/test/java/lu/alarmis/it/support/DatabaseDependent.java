package lu.alarmis.it.support;

/**
 * The tag of the integration tests whose outcome depends on the database (queries, locking,
 * migrations, sequences, the partner log's constraints): CI runs them a second time against
 * PostgreSQL ({@code -Dgroups=database}); the others behave the same on either database.
 */
public final class DatabaseDependent {

    public static final String TAG = "database";

    private DatabaseDependent() {
    }
}
