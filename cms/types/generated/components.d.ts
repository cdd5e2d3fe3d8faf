import type { Schema, Struct } from '@strapi/strapi';

export interface ActivityTime extends Struct.ComponentSchema {
  collectionName: 'components_activity_times';
  info: {
    description: 'When an activity takes place: once, every week or every month';
    displayName: 'Activity time';
  };
  attributes: {
    date: Schema.Attribute.Date & Schema.Attribute.Required;
    endTime: Schema.Attribute.Time;
    everyWeeks: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 4;
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<1>;
    repeats: Schema.Attribute.Enumeration<['once', 'weekly', 'monthly']> & Schema.Attribute.Required & Schema.Attribute.DefaultTo<'weekly'>;
    skipDates: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    skipHolidays: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<true>;
    startTime: Schema.Attribute.Time & Schema.Attribute.Required;
    until: Schema.Attribute.Date;
    weekday: Schema.Attribute.Enumeration<['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']>;
    weekOfMonth: Schema.Attribute.Enumeration<['first', 'second', 'third', 'fourth', 'fifth', 'last']>;
  };
}

export interface CallCriterion extends Struct.ComponentSchema {
  collectionName: 'components_call_criteria';
  info: {
    description: 'A criterion proposals are judged on';
    displayName: 'Criterion';
  };
  attributes: {
    description: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 800;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    weight: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 100;
          min: 0;
        },
        number
      >;
  };
}

export interface CallFaqItem extends Struct.ComponentSchema {
  collectionName: 'components_call_faq_items';
  info: {
    description: 'A question and its answer';
    displayName: 'FAQ item';
  };
  attributes: {
    answer: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    question: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
  };
}

export interface ProposalBudgetLine extends Struct.ComponentSchema {
  collectionName: 'components_proposal_budget_lines';
  info: {
    description: 'One line of a project budget';
    displayName: 'Budget line';
  };
  attributes: {
    amount: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 400;
      }>;
  };
}

export interface SharedSocialLink extends Struct.ComponentSchema {
  collectionName: 'components_shared_social_links';
  info: {
    description: 'A link to one of the platform social media pages';
    displayName: 'Social link';
  };
  attributes: {
    platform: Schema.Attribute.Enumeration<['facebook', 'instagram', 'linkedin', 'youtube', 'mastodon']> & Schema.Attribute.Required;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'activity.time': ActivityTime;
      'call.criterion': CallCriterion;
      'call.faq-item': CallFaqItem;
      'proposal.budget-line': ProposalBudgetLine;
      'shared.social-link': SharedSocialLink;
    }
  }
}
