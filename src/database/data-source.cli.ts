// The data source for the TypeORM CLI (`npm run migration:generate`): the same one the app uses, chosen by
// the same environment (DATABASE_URL, or the embedded database in DATA_DIR).
import 'reflect-metadata';
import { loadConfig } from '../config/app-config';
import { createDataSource } from './data-source';

export default createDataSource(loadConfig(process.env).database);
