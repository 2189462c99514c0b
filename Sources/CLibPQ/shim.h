// libpq, PostgreSQL's own C client: the shared-deployment store engine (DossierPostgres) talks
// to the server through it rather than through PostgresNIO, whose TLS stack (BoringSSL) would
// add minutes to every clean build (docs/postgres.md says how many).
#include <libpq-fe.h>
