// Learned models, the scorer that weighs rules and words beside the severities: the live one the published bundle carries, the candidate an editor's retrain
// made, and the retired ones they replaced. Written only by the CMS itself (first start, the retrain and
// publish endpoints), so nobody creates or edits them by hand; editors read them in the admin.
import { formatFieldProblems, ScoringModel } from '@redflags/schema';
import type { CollectionConfig } from 'payload';
import { editorsOnly } from '../access/editorsOnly.js';
import { rebuildSiteOnModelPublish } from '../hooks/rebuildSiteOnModelPublish.js';
import { modelOverviewEndpoint, publishModelEndpoint, retrainEndpoint } from '../scoring/endpoints.js';
import { SCORING_MODELS } from '../scoring/scoring-model-document.js';

const nobody = () => false;
const readOnly = { readOnly: true } as const;

export const ScoringModels: CollectionConfig = {
  slug: SCORING_MODELS,
  labels: { singular: 'Learned model', plural: 'Learned models' },
  access: { read: editorsOnly, create: nobody, update: nobody, delete: nobody },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'trainedBy', 'publishedAt'],
    description:
      'The learned scorer the checker uses beside the rules: a weight for every rule and a text model. Retrain after changing rules or test messages, compare, then publish.',
    components: { beforeList: ['/components/ScoringModelPanel.js#ScoringModelPanel'] },
  },
  endpoints: [modelOverviewEndpoint, retrainEndpoint, publishModelEndpoint],
  fields: [
    { name: 'title', type: 'text', required: true, admin: readOnly },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      options: [
        { value: 'candidate', label: 'Candidate (not published)' },
        { value: 'live', label: 'Live (in the published bundle)' },
        { value: 'retired', label: 'Retired' },
      ],
      admin: readOnly,
    },
    { name: 'trainedAt', type: 'date', required: true, admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'trainedOn', type: 'text', required: true, admin: readOnly },
    { name: 'trainedBy', type: 'text', required: true, admin: readOnly },
    { name: 'trainingSeconds', type: 'number', required: true, admin: readOnly },
    { name: 'publishedAt', type: 'date', admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'publishedBy', type: 'text', admin: readOnly },
    {
      name: 'rulesTrainedWith',
      type: 'json',
      required: true,
      admin: { ...readOnly, description: 'A hash of each rule it was trained with, to tell when the published rules have changed since.' },
    },
    {
      name: 'model',
      type: 'json',
      required: true,
      admin: readOnly,
      // A retired model is kept as history and need not be readable by this engine (one made before an upgrade).
      validate: (value: unknown, { siblingData }: { siblingData: Partial<{ status: string }> }) => {
        if (siblingData.status === 'retired') return true;
        const parsed = ScoringModel.safeParse(value);
        return parsed.success || formatFieldProblems(parsed.error, 'model');
      },
    },
  ],
  hooks: { afterChange: [rebuildSiteOnModelPublish] },
};
