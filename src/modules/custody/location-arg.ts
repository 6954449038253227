import { GraphQLError } from 'graphql';
import type { Context } from '../../app/context';
import { idArg } from '../../common/id-arg';

/**
 * A `location` argument of a field of an organization (its stock, its incoming shipments): the location's
 * id, or a LOCATION_NOT_OWNED request error when it is another organization's.
 */
export async function ownLocationArg(ctx: Context, organizationId: string, location: string): Promise<string> {
  const locationId = idArg('Location', location, 'location');
  if ((await ctx.loaders.location.load(locationId))?.organization.id !== organizationId) {
    const extensions = { code: 'LOCATION_NOT_OWNED', field: ['location'] };
    throw new GraphQLError('location: not a location of this organization.', { extensions });
  }
  return locationId;
}
