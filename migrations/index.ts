// Every migration, oldest first. A new one (`npm run migration:generate -- migrations/Name`) is added here.
import { Init1795734697963 } from './1795734697963-Init';

export const MIGRATIONS = [Init1795734697963];
