import { workerApi } from '../../lib/worker-client';
import type { TemplateScope } from '../../worker/api';
import { appQuery } from './app-query';

export const templatesQuery = appQuery('templates', (scope: TemplateScope) => workerApi().listTemplates({ scope }));

/** One template with its exercises named; undefined when it is not on this device. */
export const templateQuery = appQuery('template', (address: string) => workerApi().getTemplate({ address }));

/** The exercises a template waits for, named as far as this device can (d tag, author, last asked). */
export const templateMissingQuery = appQuery('template-missing', (address: string) =>
  workerApi().listMissingExercises({ templateAddress: address }),
);

/** How much of a template is kept for use without a network. */
export const templateOfflineQuery = appQuery('template-offline', (address: string) => workerApi().getTemplateOffline({ address }));
