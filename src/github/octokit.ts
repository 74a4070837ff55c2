// The Octokit that the GitHub client uses: @octokit/core with the four
// plugins grantform needs (REST methods, pagination, retries, throttling),
// as the `octokit` package composes them, without its App, OAuth and
// webhooks parts. Built from the pieces so that package.json can pin
// @octokit/core, @octokit/graphql and @octokit/request to versions whose
// whole tree installs on Node 20 (docs/packaging.md): the `octokit` package's
// caret ranges let an install pick @octokit/request 10.0.15+, which needs
// content-type@3 (node >=22).

import { Octokit as OctokitCore } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export { RequestError } from '@octokit/request-error';

export const Octokit = OctokitCore.plugin(restEndpointMethods, paginateRest, retry, throttling);
export type Octokit = InstanceType<typeof Octokit>;
