import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

interface Service {
  image?: string;
  build?: { context: string; target: string };
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
  ports?: string[];
  healthcheck?: { test: string[] };
  restart?: string;
  command?: string[];
  deploy?: { replicas?: number };
  container_name?: string;
  stop_grace_period?: string;
}
const compose = parse(read('docker-compose.yml')) as { services: Record<string, Service>; volumes: Record<string, unknown> };
const services = compose.services;
const readme = read('README.md');

/** Rows of the README table that follows a heading, as arrays of cells. */
function readmeTable(heading: string): string[][] {
  const section = readme.split(`## ${heading}`)[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1)
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim().replace(/`/g, '')),
    );
}

describe('docker-compose.yml', () => {
  it('has the services the README describes', () => {
    const described = readmeTable('Production with docker compose').map(([name]) => name);
    expect(Object.keys(services).sort()).toEqual([...described].sort());
    expect(Object.keys(services).sort()).toEqual(['cms', 'meilisearch', 'postgres', 'site-builder', 'site-daily', 'site-preview', 'web']);
  });

  it('runs the official Meilisearch image pinned to a version', () => {
    expect(services.meilisearch?.image).toMatch(/^getmeili\/meilisearch:v\d+\.\d+\.\d+$/);
    expect(services.postgres?.image).toMatch(/^postgres:\d+(\.\d+)?(-alpine)?$/);
  });

  it('builds the CMS, the site builder and the web server from targets of the Dockerfile', () => {
    const dockerfile = read('Dockerfile');
    for (const name of ['cms', 'site-builder', 'web']) {
      const target = services[name]?.build?.target;
      expect(target, name).toBeDefined();
      expect(dockerfile).toMatch(new RegExp(`^FROM .+ AS ${target}$`, 'm'));
    }
  });

  it('leaves the sample content out of the CMS image, and starts it without', () => {
    const cmsStage = /^FROM \S+ AS cms$([\s\S]*?)^FROM /m.exec(read('Dockerfile'))?.[1] ?? '';
    expect(cmsStage).toMatch(/npm run build -w @cb\/cms && rm -rf cms\/dist\/src\/seed cms\/src\/seed cms\/seed/);
    expect(cmsStage).toMatch(/^ENV CMS_SEED=false$/m);
  });

  it('wires the CMS to PostgreSQL and Meilisearch by service name, after they are healthy', () => {
    const cms = services.cms!;
    expect(cms.environment?.DATABASE_CLIENT).toBe('postgres');
    expect(cms.environment?.DATABASE_HOST).toBe('postgres');
    expect(cms.environment?.MEILI_URL).toBe('http://meilisearch:7700');
    expect(cms.depends_on?.postgres?.condition).toBe('service_healthy');
    expect(cms.depends_on?.meilisearch?.condition).toBe('service_healthy');
    expect(services['site-builder']?.environment?.CMS_URL).toBe('http://cms:1337');
    expect(services.web?.depends_on?.['site-builder']?.condition).toBe('service_completed_successfully');
  });

  it('keeps database, uploads, index and built site in volumes', () => {
    expect(Object.keys(compose.volumes).sort()).toEqual(['cms-private-uploads', 'cms-uploads', 'meilisearch-data', 'postgres-data', 'site-cache', 'site-dist']);
    expect(services.postgres?.volumes).toContain('postgres-data:/var/lib/postgresql/data');
    expect(services.meilisearch?.volumes).toContain('meilisearch-data:/meili_data');
    expect(services.cms?.volumes).toContain('cms-uploads:/app/cms/public/uploads');
    expect(services.cms?.volumes).toContain('cms-private-uploads:/app/private-uploads');
    expect(services.web?.volumes?.[0]).toMatch(/^site-dist:.*:ro$/);
    expect(services.web?.volumes).toContain('./deploy/nginx.conf:/etc/nginx/http.d/default.conf:ro');
    expect(read('deploy/nginx.conf')).toMatch(/error_page 404 \/\$locale\/404\/index\.html/);
  });

  it('serves the precompressed site with nginx and its brotli module, pinned, as an unprivileged user', () => {
    const web =
      read('Dockerfile')
        .split(/^FROM .+ AS web$/m)[1]
        ?.split(/^FROM /m)[0] ?? '';
    expect(read('Dockerfile')).toMatch(/^FROM alpine:\d+\.\d+(\.\d+)? AS web$/m);
    expect(web).toMatch(/apk add --no-cache nginx~\d+\.\d+ nginx-mod-http-brotli~\d+\.\d+/);
    expect(web).toMatch(/^USER nginx$/m);
    const nginx = read('deploy/nginx.conf');
    expect(nginx).toMatch(/^\s*brotli_static on;$/m);
    expect(nginx).toMatch(/^\s*gzip_static on;$/m);
    expect(nginx).toMatch(/^\s*listen 8080;$/m);
    expect(services.web?.ports).toContain('8080:8080');
    expect(JSON.parse(read('site/package.json')).scripts.build).toMatch(/astro build && node scripts\/precompress\.ts/);
  });

  it('rebuilds the site every day from the site builder image, into the served volume', () => {
    const daily = services['site-daily'];
    expect(daily?.build?.target).toBe('site-builder');
    expect(daily?.command).toEqual(['node', 'scripts/daily-build.ts']);
    expect(daily?.environment?.CMS_URL).toBe('http://cms:1337');
    expect(daily?.volumes).toContain('site-dist:/site/dist');
    expect(daily?.restart).toBe('unless-stopped');
  });

  it('checks the health of every long-running service', () => {
    for (const name of ['postgres', 'meilisearch', 'cms', 'web']) expect(services[name]?.healthcheck?.test, name).toBeDefined();
  });

  it('takes every secret from the environment, never from the file', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [variable, value] of Object.entries(service.environment ?? {})) {
        if (/PASSWORD|SECRET|SALT|_KEY$|APP_KEYS|ENCRYPTION/.test(variable) && variable !== 'PUBLIC_MEILI_SEARCH_KEY') {
          expect(value, `${name}.${variable}`).toMatch(/^\$\{[A-Z_]+(:\?[^}]*|:-)?\}$/);
          expect(value, `${name}.${variable}`).not.toMatch(/:-[^}]/);
        }
      }
    }
  });

  it('documents in the README every variable it reads from the environment', () => {
    const documented = new Set(readmeTable('Environment variables').flatMap(([names]) => names!.split(/,\s*/)));
    const used = [...read('docker-compose.yml').matchAll(/(?<!\$)\$\{([A-Z_]+)/g)].map((match) => match[1]!);
    for (const variable of new Set(used)) expect(documented.has(variable), variable).toBe(true);
  });

  it('runs the CMS as several replicas: no fixed name, no host port, time for a graceful stop', () => {
    const cms = services.cms!;
    expect(cms.deploy?.replicas).toBeGreaterThanOrEqual(2);
    // A container name or a published host port can be taken only once: a second replica would fail to start.
    expect(cms.container_name).toBeUndefined();
    expect(cms.ports).toBeUndefined();
    // Longer than the 20 s the CMS gives requests in flight (cms/src/lifecycle/graceful-stop.ts), plus its outbox's jobs in hand.
    expect(Number(/^(\d+)s$/.exec(cms.stop_grace_period ?? '')?.[1])).toBeGreaterThan(20);
    // Editors reach the admin through the web server's nginx, on the host's loopback only.
    expect(services.web?.ports).toContain('127.0.0.1:1337:1337');
  });

  it("runs the preview apart from the public site: its own service on the host's loopback, not behind nginx, not in the served volume", () => {
    const preview = services['site-preview'];
    expect(preview?.build?.target).toBe('site-preview');
    expect(read('Dockerfile')).toMatch(/^FROM .+ AS site-preview$/m);
    expect(preview?.ports).toEqual(['127.0.0.1:4323:4323']);
    expect(preview?.volumes ?? []).not.toContain('site-dist:/site/dist');
    expect(preview?.environment?.SITE_PREVIEW_ADMIN_URL).toContain('PUBLIC_CMS_URL');
    expect(read('deploy/nginx.conf')).not.toMatch(/4323|site-preview/);
  });

  it('spreads requests over every CMS replica in nginx, with no sticky sessions, and finds new replicas', () => {
    const nginx = read('deploy/nginx.conf').replace(/#[^\n]*/g, '');
    const upstream = /upstream cms \{([^}]*)\}/.exec(nginx)?.[1] ?? '';
    // Docker's DNS gives one address per replica; `resolve` looks the name up again while nginx runs (it needs a shared zone).
    expect(upstream).toMatch(/^\s*server cms:1337 resolve;$/m);
    expect(upstream).toMatch(/^\s*zone cms \d+k;$/m);
    expect(nginx).toMatch(/^resolver 127\.0\.0\.11 valid=\d+s/m);
    expect(upstream).not.toMatch(/\b(ip_hash|hash|sticky)\b/);
    // `resolve` in an upstream server is in open-source nginx from 1.27.3 on.
    const [major, minor] = (/apk add --no-cache nginx~(\d+)\.(\d+)/.exec(read('Dockerfile')) ?? []).slice(1).map(Number);
    expect(major! * 1000 + minor!, 'nginx version of the web image').toBeGreaterThanOrEqual(1027);
    // Every CMS route of nginx goes to that upstream, never to one replica's address.
    const passes = [...nginx.matchAll(/proxy_pass (\S+);/g)].map((match) => match[1]);
    expect(passes.length).toBeGreaterThan(0);
    for (const target of passes) expect(target).toMatch(/^http:\/\/cms(\$|$)/);
  });

  it('says in the README what runs where at scale, without sticky sessions', () => {
    const atScale = readme.split('### Running at scale')[1]?.split(/\n##+ /)[0] ?? '';
    expect(atScale).toMatch(/deploy\.replicas|--scale cms=/);
    expect(atScale).toMatch(/no sticky sessions/i);
    expect(atScale).not.toMatch(/need(s)? sticky sessions|sticky sessions for/i);
  });
});
