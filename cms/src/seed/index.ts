import path from 'node:path';
import { stat } from 'node:fs/promises';
import type { Core, Modules } from '@strapi/strapi';
import { LOCALES, slugify, type Locale, type Localized } from '@cb/domain';
import { taxonomyIndex } from '../bootstrap/taxonomies';
import { apiUid, type ApiUid } from '../content-model/uids';
import { paragraphs } from './blocks';
import type { SeedActivityTime, SeedImage } from './types';
import { organisations } from './content/organisations';
import { initiatives } from './content/initiatives';
import { stories } from './content/stories';
import { projectCalls } from './content/project-calls';
import { fundedProjects } from './content/funded-projects';
import { pages } from './content/pages';
import { globalSettings, home } from './content/site';

/** Where the seed's images are shipped: cms/seed/images (the CMS runs from cms/ or cms/dist). */
const IMAGES_DIR = path.resolve(__dirname, '..', '..', '..', 'seed', 'images');
const SEED_MARKER = { type: 'core' as const, name: 'connecting-brussels', key: 'sample-content-seeded-at' };

type LocalizedType = 'organisation' | 'initiative' | 'story' | 'project-call' | 'funded-project' | 'page';
type SingleType = 'global' | 'home';
/** What the seed writes for one locale of a document of this type, checked against its schema. */
type Input<Type extends LocalizedType | SingleType> = Modules.Documents.Params.Data.Input<ApiUid<Type>>;
/** A localized type's data without its slug, which the seed derives from the title. */
type Data<Type extends LocalizedType> = Omit<Input<Type>, 'slug'>;
type MediaFields<Type extends LocalizedType> = { field: keyof Input<Type> & string; altField: keyof Input<Type> & string; image: SeedImage };

export interface SeedReport {
  skipped: boolean;
  created: Record<string, number>;
}

/**
 * Seeds the trilingual sample content once, on the first start of an empty CMS.
 * Every item is looked up by its Dutch slug before it is created, so a second run, or a run after
 * an interrupted one, creates nothing twice. `force` runs the lookups even after a completed seed.
 */
export async function seedSampleContent(strapi: Core.Strapi, options: { force?: boolean } = {}): Promise<SeedReport> {
  const store = strapi.store(SEED_MARKER);
  if (!options.force && (await store.get({ key: SEED_MARKER.key }))) return { skipped: true, created: {} };

  const seeder = new Seeder(strapi);
  await seeder.run();
  await store.set({ key: SEED_MARKER.key, value: new Date().toISOString() });
  return { skipped: false, created: seeder.created };
}

class Seeder {
  readonly created: Record<string, number> = {};
  private readonly keyToDocumentId = new Map<string, string>();
  private readonly imageIds = new Map<string, number>();
  private terms: Record<string, Map<string, string>> = {};

  constructor(private readonly strapi: Core.Strapi) {}

  async run(): Promise<void> {
    this.terms = await taxonomyIndex(this.strapi);

    for (const organisation of organisations) {
      await this.upsertLocalized(
        'organisation',
        organisation.key,
        inEveryLocale(organisation.name),
        (locale) => ({
          name: organisation.name,
          summary: organisation.summary[locale],
          description: paragraphs(organisation.description[locale]),
          address: organisation.address,
          postcode: organisation.postcode,
          municipality: this.term('municipality', organisation.municipality),
          website: organisation.website,
          email: organisation.email,
          phone: organisation.phone,
        }),
        organisation.logo && { field: 'logo', altField: 'logoAlt', image: organisation.logo },
      );
    }

    for (const initiative of initiatives) {
      await this.upsertLocalized(
        'initiative',
        initiative.key,
        initiative.title,
        (locale) => ({
          title: initiative.title[locale],
          summary: initiative.summary[locale],
          description: paragraphs(initiative.description[locale]),
          forWhom: initiative.forWhom[locale],
          location: initiative.location[locale],
          schedule: initiative.schedule[locale],
          times: (initiative.times ?? []).map(strapiActivityTime),
          howToJoin: initiative.howToJoin[locale],
          remote: initiative.remote,
          contactPhone: initiative.contactPhone,
          contactEmail: initiative.contactEmail,
          website: initiative.website,
          organisation: this.documentId('organisation', initiative.organisation),
          categories: initiative.categories.map((code) => this.term('help-category', code)),
          municipalities: initiative.municipalities.map((code) => this.term('municipality', code)),
          audiences: initiative.audiences.map((code) => this.term('audience', code)),
          languages: initiative.languages.map((code) => this.term('spoken-language', code)),
        }),
        initiative.image && { field: 'image', altField: 'imageAlt', image: initiative.image },
      );
    }

    for (const story of stories) {
      await this.upsertLocalized(
        'story',
        story.key,
        story.title,
        (locale) => ({
          title: story.title[locale],
          summary: story.summary[locale],
          body: paragraphs(story.body[locale]),
          authorName: story.authorName,
          storyDate: story.storyDate,
          municipality: story.municipality && this.term('municipality', story.municipality),
          initiatives: story.initiatives.map((key) => this.documentId('initiative', key)),
          organisations: story.organisations.map((key) => this.documentId('organisation', key)),
        }),
        story.cover && { field: 'cover', altField: 'coverAlt', image: story.cover },
      );
    }

    for (const call of projectCalls) {
      await this.upsertLocalized('project-call', call.key, call.title, (locale) => ({
        title: call.title[locale],
        summary: call.summary[locale],
        body: paragraphs(call.body[locale]),
        totalBudget: call.totalBudget,
        maxPerProject: call.maxPerProject,
        opensOn: call.opensOn,
        deadline: call.deadline,
        criteria: call.criteria.map((criterion) => ({
          title: criterion.title[locale],
          description: criterion.description[locale],
          weight: criterion.weight,
        })),
        faq: call.faq.map((item) => ({ question: item.question[locale], answer: item.answer[locale] })),
      }));
    }

    for (const project of fundedProjects) {
      await this.upsertLocalized('funded-project', project.key, project.title, (locale) => ({
        title: project.title[locale],
        summary: project.summary[locale],
        description: paragraphs(project.description[locale]),
        runBy: project.runBy,
        location: project.location[locale],
        howToJoin: project.howToJoin[locale],
        municipalities: project.municipalities.map((code) => this.term('municipality', code)),
      }));
    }

    for (const page of pages) {
      await this.upsertLocalized('page', page.key, page.title, (locale) => ({
        key: page.key,
        title: page.title[locale],
        summary: page.summary[locale],
        body: paragraphs(page.body[locale]),
      }));
    }

    await this.upsertSingle('global', (locale) => ({
      siteName: globalSettings.siteName[locale],
      tagline: globalSettings.tagline[locale],
      phoneNumber: globalSettings.phoneNumber,
      phoneHours: globalSettings.phoneHours[locale],
      contactEmail: globalSettings.contactEmail,
      socialLinks: globalSettings.socialLinks,
      footerText: globalSettings.footerText[locale],
    }));

    await this.upsertSingle('home', (locale) => ({
      heroTitle: home.heroTitle[locale],
      heroText: home.heroText[locale],
      phoneCallout: home.phoneCallout[locale],
      featuredStories: home.featuredStories.map((key) => this.documentId('story', key)),
      featuredInitiatives: home.featuredInitiatives.map((key) => this.documentId('initiative', key)),
    }));
  }

  /** Creates a published document in every locale unless its Dutch version already exists. */
  private async upsertLocalized<Type extends LocalizedType>(
    type: Type,
    key: string,
    titles: Localized,
    dataFor: (locale: Locale) => Data<Type>,
    media?: MediaFields<Type>,
  ): Promise<void>;
  // One signature over the union of types: each call above is checked against its own type's schema.
  private async upsertLocalized(
    type: LocalizedType,
    key: string,
    titles: Localized,
    dataFor: (locale: Locale) => Data<LocalizedType>,
    media?: MediaFields<LocalizedType>,
  ): Promise<void> {
    const documents = this.strapi.documents(apiUid(type));
    const existing = await documents.findFirst({ locale: 'nl', status: 'draft', filters: { slug: slugify(titles.nl) }, fields: ['slug'] });
    if (existing) {
      this.keyToDocumentId.set(`${type}:${key}`, existing.documentId);
      return;
    }

    const imageId = media ? await this.imageId(media.image) : undefined;
    const localizedData = (locale: Locale): Input<LocalizedType> => ({
      ...withoutUndefined(dataFor(locale)),
      slug: slugify(titles[locale]),
      ...(media && imageId ? { [media.field]: imageId, [media.altField]: media.image.alt[locale] } : {}),
    });

    const [first, ...others] = LOCALES;
    const created = await documents.create({ locale: first, data: localizedData(first), status: 'published' });
    for (const locale of others) {
      await documents.update({ documentId: created.documentId, locale, data: localizedData(locale), status: 'published' });
    }
    this.keyToDocumentId.set(`${type}:${key}`, created.documentId);
    this.created[type] = (this.created[type] ?? 0) + 1;
  }

  private async upsertSingle<Type extends SingleType>(type: Type, dataFor: (locale: Locale) => Input<Type>): Promise<void>;
  private async upsertSingle(type: SingleType, dataFor: (locale: Locale) => Input<SingleType>): Promise<void> {
    const documents = this.strapi.documents(apiUid(type));
    let documentId = (await documents.findFirst({ locale: 'nl', status: 'draft' }))?.documentId;
    for (const locale of LOCALES) {
      const existing = documentId && (await documents.findFirst({ locale, status: 'draft' }));
      if (existing) continue;
      const data = withoutUndefined(dataFor(locale));
      const saved = documentId
        ? await documents.update({ documentId, locale, data, status: 'published' })
        : await documents.create({ locale, data, status: 'published' });
      documentId = saved?.documentId;
      this.created[type] = (this.created[type] ?? 0) + 1;
    }
  }

  private documentId(type: string, key: string): string {
    const documentId = this.keyToDocumentId.get(`${type}:${key}`);
    if (!documentId) throw new Error(`Seed content refers to ${type} "${key}", which the seed does not define (or defines later)`);
    return documentId;
  }

  private term(taxonomy: string, code: string): string {
    const documentId = this.terms[taxonomy]?.get(code);
    if (!documentId) throw new Error(`Seed content refers to ${taxonomy} "${code}", which @cb/domain does not define`);
    return documentId;
  }

  /** Uploads a shipped image once, through the upload plugin, and reuses it afterwards. */
  private async imageId(image: SeedImage): Promise<number> {
    const known = this.imageIds.get(image.file);
    if (known) return known;

    // Query Engine: upload files are not documents; the upload plugin itself reads them this way.
    const files = this.strapi.db.query('plugin::upload.file');
    const existing = await files.findOne({ where: { name: image.file } });
    let id: number = existing?.id;
    if (!existing) {
      const filepath = path.join(IMAGES_DIR, image.file);
      const { size } = await stat(filepath);
      const [uploaded] = await this.strapi
        .plugin('upload')
        .service('upload')
        .upload({
          data: { fileInfo: { name: image.file, alternativeText: image.alt.en } },
          files: { filepath, originalFilename: image.file, mimetype: 'image/jpeg', size },
        });
      id = uploaded.id;
    }
    this.imageIds.set(image.file, id);
    return id;
  }
}

function withoutUndefined<Fields extends object>(data: Fields): Fields {
  const kept = { ...data };
  for (const [field, value] of Object.entries(kept)) if (value === undefined) Reflect.deleteProperty(kept, field);
  return kept;
}

/** Strapi stores a time as HH:mm:ss.SSS. */
function strapiActivityTime(time: SeedActivityTime): SeedActivityTime & { skipHolidays: boolean } {
  const clock = (value: string) => `${value}:00.000`;
  return { ...time, startTime: clock(time.startTime), ...(time.endTime ? { endTime: clock(time.endTime) } : {}), skipHolidays: time.skipHolidays ?? true };
}

/** A proper name as the seed's per-locale titles: the same words in every locale. */
function inEveryLocale(name: string): Localized {
  return { nl: name, fr: name, en: name };
}
