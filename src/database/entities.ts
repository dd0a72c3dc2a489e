import { User } from '../users/entities/user.entity';

/** Every entity of the app: one list for the app, the migration CLI and the schema check. */
export const ENTITIES = [User];
