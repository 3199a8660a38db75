// Used only by `prisma generate` (the CLI's migrate commands cannot run here: see src/migrate).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
