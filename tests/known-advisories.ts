/**
 * Known security advisories for the packages that face the outside world (the CMS's HTTP stack and
 * uploads, its mail, the site build and its dev tooling), with the versions each one affects.
 *
 * `npm audit` cannot reach an advisory service from the machines this project is built on (the
 * registry answers 405), so `dependency-versions.test.ts` checks every installed copy against this
 * table instead. Each entry was read from the advisory or from the maintainers' release notes
 * (checked 2026-12-04). Ranges follow OSV: a version is affected when it is at or above `introduced`
 * and below `fixed`. `introduced: '0'` where the first affected version is not stated (it flags
 * more, never less).
 *
 * When an advisory is published for one of these packages: add it here, run the test, and upgrade
 * (a direct dependency, or an `overrides` entry in the root package.json for a transitive one).
 *
 * Strapi: 5.54.0 is the newest 5.x that installs here. The registry has @strapi/strapi 5.55.0 and
 * 5.55.1, but not the @strapi/admin, @strapi/core, ... 5.55.x they pin exactly (ETARGET).
 */

export interface AffectedRange {
  introduced: string;
  fixed: string;
}

export interface Advisory {
  package: string;
  id: string;
  summary: string;
  affected: AffectedRange[];
}

const before = (fixed: string): AffectedRange => ({ introduced: '0', fixed });

export const KNOWN_ADVISORIES: readonly Advisory[] = [
  {
    package: '@strapi/strapi',
    id: 'CVE-2026-27886',
    summary: 'unauthenticated query-parameter sanitization bypass, a boolean oracle on administrator secrets',
    affected: [{ introduced: '4.0.0', fixed: '5.37.0' }],
  },
  {
    package: 'koa',
    id: 'GHSA-jgmv-j7ww-jx2x (CVE-2025-8129)',
    summary: "open redirect: ctx.redirect('back') follows a user-controlled Referer",
    affected: [before('2.16.2'), { introduced: '3.0.0-alpha.0', fixed: '3.0.1' }],
  },
  {
    package: 'koa',
    id: 'GHSA-7gcc-r8m5-44qm',
    summary: 'Host header injection via ctx.hostname',
    affected: [before('2.16.4')],
  },
  {
    package: 'formidable',
    id: 'GHSA-75v8-2h7p-7m2m (CVE-2025-46653)',
    summary: 'upload file names from hexoid, which is not cryptographically secure, can be guessed',
    affected: [
      { introduced: '2.1.0', fixed: '2.1.3' },
      { introduced: '3.0.0', fixed: '3.5.3' },
    ],
  },
  {
    package: 'formidable',
    id: 'GHSA-8cp3-66vr-3r4c (CVE-2022-29622)',
    summary: 'arbitrary file upload reported against formidable 3.1.4 (disputed by the maintainers)',
    affected: [{ introduced: '3.1.4', fixed: '3.2.4' }],
  },
  {
    package: 'nodemailer',
    id: 'GHSA-mm7p-fcc7-pg87',
    summary: 'interpretation conflict: a quoted local part containing @ sends mail to an unintended domain',
    affected: [before('7.0.7')],
  },
  {
    package: 'nodemailer',
    id: 'GHSA-rcmh-qjqh-p98v (CVE-2025-14874)',
    summary: 'unbounded recursion in the address parser on a crafted address header ends the process',
    affected: [before('7.0.11')],
  },
  {
    package: 'nodemailer',
    id: 'GHSA-p6gq-j5cr-w38f',
    summary: 'the message-level raw option bypasses disableFileAccess/disableUrlAccess (file read, SSRF)',
    affected: [before('9.0.1')],
  },
  {
    package: 'nodemailer',
    id: 'GHSA-2x7j-588g-ccc2',
    summary: 'quadratic time in the address parser: denial of service by a crafted address list',
    affected: [before('9.1.0')],
  },
  {
    package: 'astro',
    id: 'GHSA-26w7-cxv4-gfx2',
    summary: 'remote code execution through AVIF image optimization',
    affected: [before('7.2.8')],
  },
  {
    package: 'astro',
    id: 'GHSA-4g3v-8h47-v7g6',
    summary: 'reflected XSS via View Transition animation props',
    affected: [before('7.1.0')],
  },
  {
    package: 'astro',
    id: 'GHSA-f48w-9m4c-m7f5',
    summary: 'XSS via spread attribute names in renderHTMLElement',
    affected: [before('7.0.6')],
  },
  {
    package: 'astro',
    id: 'GHSA-7pw4-f3q4-r2p2',
    summary: 'XSS via transition:* directive values',
    affected: [before('7.0.4')],
  },
  {
    package: 'astro',
    id: 'GHSA-2pvr-wf23-7pc7',
    summary: 'Host-header SSRF in the prerendered error page fetch',
    affected: [before('6.4.6')],
  },
  {
    package: 'astro',
    id: 'GHSA-8hv8-536x-4wqp (CVE-2026-50146)',
    summary: 'reflected XSS via an unescaped slot name',
    affected: [before('6.3.3')],
  },
  {
    package: 'astro',
    id: 'GHSA-xr5h-phrj-8vxv (CVE-2026-45028)',
    summary: 'replay of server island encrypted parameters',
    affected: [before('6.1.10')],
  },
  {
    package: 'vite',
    id: 'GHSA-p9ff-h696-f583 (CVE-2026-39363)',
    summary: 'arbitrary file read through the dev server WebSocket (fetchModule ignores server.fs)',
    affected: [
      { introduced: '6.0.0', fixed: '6.4.2' },
      { introduced: '7.0.0', fixed: '7.3.2' },
      { introduced: '8.0.0', fixed: '8.0.5' },
    ],
  },
  {
    package: 'vite',
    id: 'GHSA-4w7w-66w2-5vf9 (CVE-2026-39365)',
    summary: 'path traversal in the dev server handling of optimized dependencies .map files',
    affected: [before('6.4.2'), { introduced: '7.0.0', fixed: '7.3.2' }, { introduced: '8.0.0', fixed: '8.0.5' }],
  },
  {
    package: 'vite',
    id: 'GHSA-v2wj-q39q-566r (CVE-2026-39364)',
    summary: 'server.fs.deny bypass with query parameters',
    affected: [
      { introduced: '7.0.0', fixed: '7.3.2' },
      { introduced: '8.0.0', fixed: '8.0.5' },
    ],
  },
  {
    package: 'vite',
    id: 'GHSA-fx2h-pf6j-xcff (CVE-2026-53571)',
    summary: 'server.fs.deny bypass on Windows alternate paths',
    affected: [before('6.4.3'), { introduced: '7.0.0', fixed: '7.3.5' }, { introduced: '8.0.0', fixed: '8.0.16' }],
  },
  {
    package: 'vite',
    id: 'GHSA-v6wh-96g9-6wx3 (CVE-2026-53632)',
    summary: 'launch-editor discloses NTLMv2 hashes through UNC paths on Windows',
    affected: [before('6.4.3'), { introduced: '7.0.0', fixed: '7.3.5' }, { introduced: '8.0.0', fixed: '8.0.16' }],
  },
  {
    package: 'esbuild',
    id: 'GHSA-67mh-4wv8-2f99',
    summary: 'the dev server lets any website send requests to it and read the responses (CORS *)',
    affected: [before('0.25.0')],
  },
  {
    package: 'undici',
    id: 'GHSA-35p6-xmwp-9g52 (CVE-2026-6733)',
    summary: 'undici advisory of 2026, patched per branch in 6.27.0, 7.28.0 and 8.5.0',
    affected: [before('6.27.0'), { introduced: '7.0.0', fixed: '7.28.0' }, { introduced: '8.0.0', fixed: '8.5.0' }],
  },
  {
    package: 'ws',
    id: 'GHSA-3h5v-q93c-6h6q (CVE-2024-37890)',
    summary: 'a request with more headers than server.maxHeadersCount crashes a ws server',
    affected: [
      { introduced: '5.0.0', fixed: '5.2.4' },
      { introduced: '6.0.0', fixed: '6.2.3' },
      { introduced: '7.0.0', fixed: '7.5.10' },
      { introduced: '8.0.0', fixed: '8.17.1' },
    ],
  },
  {
    package: 'tar',
    id: 'GHSA-8qq5-rm4j-mr97 (CVE-2026-23745)',
    summary: 'unsanitized hardlink and symlink linkpaths: arbitrary file overwrite on extraction',
    affected: [before('7.5.3')],
  },
  {
    package: 'tar',
    id: 'GHSA-34x7-hfp2-rc4v (CVE-2026-24842)',
    summary: 'hardlink path traversal on extraction',
    affected: [before('7.5.7')],
  },
  {
    package: 'tar',
    id: 'GHSA-qffp-2rhf-9h96 (CVE-2026-29786)',
    summary: 'hardlink path traversal via a drive-relative linkpath',
    affected: [before('7.5.10')],
  },
  {
    package: 'tar',
    id: 'GHSA-9ppj-qmqm-q256',
    summary: 'symlink path traversal via a drive-relative linkpath',
    affected: [before('7.5.11')],
  },
  {
    package: 'path-to-regexp',
    id: 'GHSA-9wv6-86v2-598j (CVE-2024-45296)',
    summary: 'ReDoS from backtracking regular expressions built for two parameters in one segment',
    affected: [before('0.1.10'), { introduced: '4.0.0', fixed: '6.3.0' }],
  },
  {
    package: 'path-to-regexp',
    id: 'GHSA-rhx6-c78j-4q9w (CVE-2024-52798)',
    summary: 'ReDoS in the 0.1.x line',
    affected: [before('0.1.12')],
  },
  {
    package: 'path-to-regexp',
    id: 'GHSA-j3q9-mxjg-w52f (CVE-2026-4926)',
    summary: 'denial of service via consecutive optional groups',
    affected: [{ introduced: '8.0.0', fixed: '8.4.0' }],
  },
  {
    package: 'cookie',
    id: 'GHSA-pxg6-pf52-xh8x (CVE-2024-47764)',
    summary: 'cookie name, path and domain accept out-of-bounds characters',
    affected: [before('0.7.0')],
  },
  {
    package: 'axios',
    id: 'GHSA-jr5f-v2jv-69x6',
    summary: 'SSRF and credential leakage when an absolute URL is passed with a baseURL',
    affected: [before('0.30.0'), { introduced: '1.0.0', fixed: '1.8.2' }],
  },
  {
    package: 'axios',
    id: 'GHSA-4hjh-wcwx-xvwj',
    summary: 'denial of service: no size check on data: URLs',
    affected: [
      { introduced: '0.28.0', fixed: '0.30.2' },
      { introduced: '1.0.0', fixed: '1.12.0' },
    ],
  },
  {
    package: 'semver',
    id: 'GHSA-c2qf-rxjj-qqgw (CVE-2022-25883)',
    summary: 'ReDoS in new Range() on untrusted input',
    affected: [before('5.7.2'), { introduced: '6.0.0', fixed: '6.3.1' }, { introduced: '7.0.0', fixed: '7.5.2' }],
  },
];
