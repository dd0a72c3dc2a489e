/**
 * CI runs the suite and the fault tests twice, on the embedded database and again with DATABASE_URL on
 * PostgreSQL (.ci/run). What does not depend on the database the app is given (the embedded database's own
 * files, memory, start-up and kills; the lint rules) runs in the embedded pass only: the second would repeat
 * it, minutes of it.
 */
export const describeInEmbeddedPass: jest.Describe = process.env.DATABASE_URL ? describe.skip : describe;
