import type { PlatesDatabase } from '../worker/db/database';

/**
 * Makes writes to `table` fail with the browser's QuotaExceededError while `failures()`
 * says so: a Dexie middleware, so everything above the storage engine runs for real.
 */
export function injectQuotaFaults(db: PlatesDatabase, table: string, failures: () => boolean): void {
  db.use({
    stack: 'dbcore',
    name: `quota-fault-${table}`,
    create(down) {
      return {
        ...down,
        table(name) {
          const inner = down.table(name);
          if (name !== table) return inner;
          return {
            ...inner,
            mutate(request) {
              if (failures()) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
              return inner.mutate(request);
            },
          };
        },
      };
    },
  });
}
