/**
 * zod's own messages (wrong type, unknown key, too long) in Danish: councils and caseworkers read them. A
 * module of its own, imported for its effect by whatever shows zod's messages (the folder check, the editor,
 * stored items); the app's first page loads it only when a file fails its schema (shared/standards/queries.ts),
 * so a page whose files are valid does not carry it.
 */
import { da } from 'zod/locales';
import { z } from 'zod/mini';

z.config(da());
