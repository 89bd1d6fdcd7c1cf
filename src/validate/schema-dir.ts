// Where the published JSON Schemas are (the package's schemas/ folder).
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';

export const SCHEMA_DIR = join(PACKAGE_ROOT, 'schemas/');
