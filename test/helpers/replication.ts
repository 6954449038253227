/** A primary and streaming replicas of the test's own: the same servers `npm run cluster` starts. */
export { startReplicatedPostgres, type Node, type ReplicatedPostgres } from '../../src/cluster/postgres';
