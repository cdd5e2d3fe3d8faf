import { SOCIAL_PLATFORMS } from '@cb/domain';

export default {
  collectionName: 'components_shared_social_links',
  info: { displayName: 'Social link', description: 'A link to one of the platform social media pages' },
  options: {},
  attributes: {
    platform: { type: 'enumeration', enum: [...SOCIAL_PLATFORMS], required: true },
    url: { type: 'string', required: true, maxLength: 300 },
  },
};
