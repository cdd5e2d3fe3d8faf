import type { Core } from '@strapi/strapi';
import type attempts from './services/attempts';
import type intake from './services/intake';
import type projectProposals from './services/project-proposals';
import type storyPhotos from './services/story-photos';

/** The intake API's services, by uid, as their factories in ./services build them. */
interface IntakeServices {
  'api::intake.attempts': ReturnType<typeof attempts>;
  'api::intake.intake': ReturnType<typeof intake>;
  'api::intake.project-proposals': ReturnType<typeof projectProposals>;
  'api::intake.story-photos': ReturnType<typeof storyPhotos>;
}
export type IntakeServiceUid = keyof IntakeServices;

/**
 * An intake service with its own type: Strapi's registry gives every service as an `any` record,
 * so this one signature states which factory stands behind which uid.
 */
export function intakeService<Uid extends IntakeServiceUid>(strapi: Core.Strapi, uid: Uid): IntakeServices[Uid];
export function intakeService(strapi: Core.Strapi, uid: IntakeServiceUid): Core.Service {
  return strapi.service(uid);
}
