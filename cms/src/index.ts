import type { Core } from '@strapi/strapi';
import { ensureLocales } from './bootstrap/locales';
import { ensurePreviewToken } from './publishing/preview-token';
import { mirrorTaxonomies } from './bootstrap/taxonomies';
import { ensureIntakeUniqueIndexes } from './bootstrap/intake-indexes';
import { syncPublicPermissions } from './access/public-permissions';
import { syncStaffRoles } from './access/staff-roles';
import { ensureFirstAdmin } from './access/first-admin';
import { seedIfAsked } from './bootstrap/sample-content';
import { watchPublicChanges, type PublicChangeListener } from './publishing/public-changes';
import { siteBuildHook } from './publishing/site-build-hook';
import { refusePublicContentThatBreaksTheSite } from './publishing/content-rules';
import { refuseInvalidSchedules } from './publishing/schedule-rules';
import { scheduleScheduledPublishing } from './publishing/scheduled-publishing';
import { registerSiteBuildStatus } from './publishing/site-build-status';
import { searchSync } from './publishing/search-sync';
import { notifyIntakeSubmissions } from './notifications';
import { handleBackOfficeMails, scheduleFollowUpDigest } from './notifications/back-office';
import { prepareCheckIns } from './check-ins';
import { ensureAwayLinkUsesTable } from './holiday-cover/links';
import { createOutbox, stopOutbox } from './outbox';
import { scheduleOutboxPrune } from './outbox/prune';
import { scheduleRetention } from './privacy/retention';
import { scheduleSearchReconcile } from './publishing/search-reconcile';
import { createSchedule, stopSchedule } from './schedule';
import { registerAttachmentDownloads } from './api/intake/attachments/download-route';
import { guardContentManager } from './access/content-manager-guard';
import { stopGracefully } from './lifecycle/graceful-stop';
import { prepareIntakeState } from './api/intake/request/intake-state';
import { moveOldNotesIntoTimeline } from './matching/timeline';
import { makeSlugsFromTitles } from './content-model/slugs';
import { applyFieldLabels } from './bootstrap/content-manager-labels';
import { guardImages, refuseOversizeImages } from './editing/image-rules';
import { refuseUploadsFromUrls, takeOnlyMediaLibraryFiles } from './editing/media-library-files';
import { refuseStalledMultipartBodies } from './middlewares/multipart-stall';
import { registerEditingRoutes } from './editing/routes';

export default {
  /** Before Strapi mounts the routes and runs documents: the content manager's field guard, the site's rules on public content, slugs from titles. */
  register({ strapi }: { strapi: Core.Strapi }) {
    refuseStalledMultipartBodies();
    guardContentManager(strapi);
    refusePublicContentThatBreaksTheSite(strapi);
    refuseInvalidSchedules(strapi);
    makeSlugsFromTitles(strapi);
    guardImages(strapi);
    refuseUploadsFromUrls(strapi);
    // On SIGTERM: no new requests (those in flight finish), then the scheduled run and the outbox's jobs in hand, then Strapi's own stop.
    stopGracefully(strapi, async () => {
      await stopSchedule(strapi);
      await stopOutbox(strapi);
    });
  },

  /** Everything here is idempotent: it runs at every start and converges on the same state. */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    registerAttachmentDownloads(strapi);
    registerSiteBuildStatus(strapi);
    registerEditingRoutes(strapi);
    refuseOversizeImages(strapi);
    // After the size check is in place, so that it runs first: a page is refused as a page, not as a large image.
    takeOnlyMediaLibraryFiles(strapi);
    await ensureLocales(strapi);
    await mirrorTaxonomies(strapi);
    await ensureIntakeUniqueIndexes(strapi);
    await applyFieldLabels(strapi);
    const outbox = await createOutbox(strapi);
    const schedule = await createSchedule(strapi);
    await prepareIntakeState(strapi);
    await syncPublicPermissions(strapi);
    await ensurePreviewToken(strapi);
    await syncStaffRoles(strapi);
    const movedNotes = await moveOldNotesIntoTimeline(strapi);
    if (movedNotes > 0) strapi.log.info(`Moved ${movedNotes} staff notes into the case timelines`);
    const admin = await ensureFirstAdmin(strapi);
    if (admin.created) strapi.log.info(`Created the first admin user ${admin.email}`);

    await seedIfAsked(strapi);

    // After the seed: a first start is followed by a full reindex and site build anyway.
    const recorders = [searchSync(strapi, outbox), siteBuildHook(strapi, outbox)].filter(
      (recorder): recorder is PublicChangeListener => recorder !== undefined,
    );
    watchPublicChanges(strapi, recorders);
    // After the seed too: sample content is not a submission anyone should be mailed about.
    notifyIntakeSubmissions(strapi, outbox);
    handleBackOfficeMails(strapi, outbox);
    await prepareCheckIns(strapi, outbox);
    await ensureAwayLinkUsesTable(strapi.db.connection);
    scheduleFollowUpDigest(strapi, schedule);
    scheduleRetention(strapi, schedule);
    scheduleOutboxPrune(strapi, schedule);
    scheduleSearchReconcile(strapi, schedule);
    await scheduleScheduledPublishing(strapi, schedule);
    // Every handler is known: resume what an earlier process left, then take new jobs; once the
    // server listens, as a search job (and the start-up reconcile) reads the CMS's own public API.
    const startWorkers = () => {
      outbox.start();
      schedule.start();
    };
    const httpServer = strapi.server.httpServer;
    if (httpServer.listening) startWorkers();
    else httpServer.once('listening', startWorkers);
  },
};
