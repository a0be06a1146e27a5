// Editors' endpoints for the learned model (under /api/scoring-models): GET /overview (live and candidate
// with their figures; `?measure=false` skips reading the test part now), POST /retrain (trains a candidate in a worker thread and answers when it is stored)
// and POST /publish {"id"} (makes the candidate live unless it is worse on the test part).
import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload';
import { hasRole } from '../access/roles.js';
import { modelOverview } from './model-overview.js';
import { publishCandidate } from './publish-model.js';
import { NothingToLearnError, trainModel } from './train-model.js';

const forbidden = () => Response.json({ error: 'only editors and admins may see, train or publish the learned model' }, { status: 403 });

function userName(req: PayloadRequest): string {
  const user = req.user as { email?: string; id?: string | number } | null | undefined;
  return user?.email ?? `user ${String(user?.id)}`;
}

let training = false;

export const modelOverviewEndpoint: Endpoint = {
  path: '/overview',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'editor')) return forbidden();
    const measure = new URL(req.url ?? 'http://localhost/').searchParams.get('measure') !== 'false';
    return Response.json({ ...(await modelOverview(req.payload, { measure })), training });
  },
};

export const retrainEndpoint: Endpoint = {
  path: '/retrain',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'editor')) return forbidden();
    if (training) return Response.json({ error: 'a retrain is already running; wait for it and reload' }, { status: 409 });
    training = true;
    try {
      const candidate = await trainModel(req.payload, { status: 'candidate', trainedBy: userName(req) });
      req.payload.logger.info(`Trained a candidate model in ${candidate.trainingSeconds} s on ${candidate.trainedOn}.`);
      return Response.json({ trainingSeconds: candidate.trainingSeconds, candidateId: candidate.id }, { status: 201 });
    } catch (error) {
      if (error instanceof NothingToLearnError) return Response.json({ error: error.message }, { status: 400 });
      throw error;
    } finally {
      training = false;
    }
  },
};

export const publishModelEndpoint: Endpoint = {
  path: '/publish',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'editor')) return forbidden();
    await addDataAndFileToRequest(req);
    const id = (req.data as { id?: unknown } | undefined)?.id;
    if (typeof id !== 'string' && typeof id !== 'number') {
      return Response.json({ error: 'send {"id": …} with the id of the candidate model to publish' }, { status: 400 });
    }
    const outcome = await publishCandidate(req.payload, id, userName(req), req);
    if ('notFound' in outcome) return Response.json({ error: outcome.notFound }, { status: 404 });
    if ('refused' in outcome) {
      return Response.json(
        { error: 'this candidate is worse than the live model on the test part, so it was not published', reasons: outcome.refused },
        { status: 409 },
      );
    }
    return Response.json({ published: { id: outcome.published.id, trainedAt: outcome.published.trainedAt } });
  },
};
