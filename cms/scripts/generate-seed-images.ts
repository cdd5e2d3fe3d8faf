/**
 * Renders the seed illustrations in cms/seed/images: warm, flat drawings made of plain SVG shapes
 * (no text, no fonts, no external resources), saved as 1200×750 JPEGs under 80 KB each.
 *
 * Run from the repository root with Node 24 (it strips the TypeScript types itself):
 *   source scripts/node24.sh && node cms/scripts/generate-seed-images.ts
 */
import sharp from 'sharp';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const W = 1200;
const H = 750;
const MAX_BYTES = 80 * 1024;
const OUT_DIR = path.resolve(path.dirname(path.resolve(process.argv[1] ?? '.')), '..', 'seed', 'images');

const C = {
  cream: '#FBF1E4',
  peach: '#F7D6BF',
  apricot: '#F4B183',
  terracotta: '#D9734E',
  coral: '#E98A6B',
  mustard: '#F2C35B',
  butter: '#F8E3A3',
  sage: '#8DB596',
  leaf: '#5E9C6E',
  darkLeaf: '#3F7A55',
  sky: '#BFDCE8',
  blue: '#6E9BC2',
  navy: '#34405E',
  plum: '#7A5C8E',
  rose: '#EBA7A7',
  brown: '#8B5E45',
  wood: '#C99466',
  white: '#FFFDF8',
  shoes: '#3A3331',
};

type Point = [number, number];

interface Look {
  skin: string;
  hair: string;
  top: string;
  legs: string;
  hairStyle?: 'short' | 'bun' | 'long' | 'scarf' | 'balding';
  glasses?: boolean;
}

interface Pose {
  walking?: boolean;
  seated?: boolean;
  noLegs?: boolean;
  cane?: boolean;
  /** Arms as [control point, hand] from the shoulders; legs as points from the hips. */
  armL?: [Point, Point];
  armR?: [Point, Point];
  legL?: Point[];
  legR?: Point[];
}

/** Deterministic pseudo-random numbers, so every run draws the same pictures. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

const f = (n: number): string => n.toFixed(1).replace(/\.0$/, '');

function svg(defs: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${defs}</defs>${body}</svg>`;
}

function linear(id: string, top: string, bottom: string): string {
  return `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>`;
}

function glow(id: string, color: string, opacity = 0.6): string {
  return `<radialGradient id="${id}"><stop offset="0" stop-color="${color}" stop-opacity="${opacity}"/><stop offset="1" stop-color="${color}" stop-opacity="0"/></radialGradient>`;
}

function heart(x: number, y: number, size: number, color: string, rotate = 0): string {
  return `<path transform="translate(${f(x)} ${f(y)}) rotate(${rotate}) scale(${f(size)})" fill="${color}" d="M0,0.35 C-0.12,0.25 -0.5,0.02 -0.5,-0.22 C-0.5,-0.5 -0.15,-0.6 0,-0.33 C0.15,-0.6 0.5,-0.5 0.5,-0.22 C0.5,0.02 0.12,0.25 0,0.35Z"/>`;
}

function sun(x: number, y: number, r: number): string {
  return `<circle cx="${x}" cy="${y}" r="${r * 1.7}" fill="#FFE3A3" opacity="0.35"/><circle cx="${x}" cy="${y}" r="${r * 1.3}" fill="#FFD88A" opacity="0.45"/><circle cx="${x}" cy="${y}" r="${r}" fill="#F6B54E"/>`;
}

function cloud(x: number, y: number, s: number, color = C.white, opacity = 0.85): string {
  return `<g transform="translate(${x} ${y}) scale(${s})" fill="${color}" opacity="${opacity}"><ellipse cx="0" cy="0" rx="70" ry="26"/><circle cx="-25" cy="-16" r="28"/><circle cx="18" cy="-24" r="34"/></g>`;
}

function tree(x: number, ground: number, s: number, crown = C.leaf, crown2 = C.sage): string {
  return `<g transform="translate(${x} ${ground}) scale(${s})"><rect x="-9" y="-120" width="18" height="120" rx="6" fill="${C.brown}"/><circle cx="0" cy="-150" r="62" fill="${crown}"/><circle cx="-38" cy="-118" r="40" fill="${crown2}"/><circle cx="40" cy="-122" r="44" fill="${crown2}"/><circle cx="8" cy="-190" r="38" fill="${crown2}" opacity="0.8"/></g>`;
}

/** The outline of a Brussels town house: stepped gable, pointed gable or flat roof. */
function housePath(x: number, w: number, top: number, ground: number, roof: 'step' | 'point' | 'flat'): string {
  if (roof === 'point') {
    return `M${f(x)},${ground} L${f(x)},${f(top)} L${f(x + w / 2)},${f(top - w * 0.42)} L${f(x + w)},${f(top)} L${f(x + w)},${ground}Z`;
  }
  if (roof === 'flat') {
    return `M${f(x)},${ground} L${f(x)},${f(top)} L${f(x + w)},${f(top)} L${f(x + w)},${ground}Z`;
  }
  const sw = w / 8;
  const sh = w * 0.14;
  const pts: Point[] = [
    [x, ground],
    [x, top],
  ];
  for (let k = 1; k <= 3; k++) pts.push([x + k * sw - sw, top - (k - 1) * sh], [x + k * sw, top - (k - 1) * sh], [x + k * sw, top - k * sh]);
  pts.push([x + 5 * sw, top - 3 * sh]);
  for (let k = 3; k >= 1; k--) pts.push([x + (8 - k) * sw, top - k * sh], [x + (8 - k) * sw, top - (k - 1) * sh], [x + (9 - k) * sw, top - (k - 1) * sh]);
  pts.push([x + w, ground]);
  return `M${pts.map(([px, py]) => `${f(px)},${f(py)}`).join(' L')}Z`;
}

function skyline(ground: number, color: string, seed: number, minH: number, maxH: number, tower?: number): string {
  const rnd = random(seed);
  const roofs = ['step', 'point', 'flat', 'step', 'point'] as const;
  let out = '';
  if (tower !== undefined) {
    const th = maxH + 150;
    out += `<rect x="${tower - 18}" y="${ground - th}" width="36" height="${th}" fill="${color}"/><rect x="${tower - 26}" y="${ground - th + 40}" width="52" height="14" fill="${color}"/><path d="M${tower - 18},${ground - th} L${tower},${ground - th - 90} L${tower + 18},${ground - th}Z" fill="${color}"/>`;
  }
  for (let x = -20; x < W + 20;) {
    const w = 70 + Math.round(rnd() * 60);
    const h = minH + rnd() * (maxH - minH);
    const roof = roofs[Math.floor(rnd() * roofs.length)] ?? 'flat';
    out += `<path d="${housePath(x, w, ground - h, ground, roof)}" fill="${color}"/>`;
    x += w - 2;
  }
  return out;
}

function limb(points: Point[], color: string, width: number, curved = false): string {
  const [first, ...rest] = points;
  if (!first) return '';
  const d =
    curved && rest.length === 2
      ? `M${f(first[0])},${f(first[1])} Q${f(rest[0]![0])},${f(rest[0]![1])} ${f(rest[1]![0])},${f(rest[1]![1])}`
      : `M${points.map(([x, y]) => `${f(x)},${f(y)}`).join(' L')}`;
  return `<path d="${d}" fill="none" stroke="${color}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"/>`;
}

/** A simple flat figure. (x, y) is where the feet touch the ground; at scale 1 it is about 270 px tall. */
function person(x: number, y: number, s: number, look: Look, pose: Pose = {}): string {
  const style = look.hairStyle ?? 'short';
  const shoulderL: Point = [-30, -186];
  const shoulderR: Point = [30, -186];
  const armL: [Point, Point] =
    pose.armL ??
    (pose.walking
      ? [
          [-52, -150],
          [-40, -102],
        ]
      : [
          [-48, -150],
          [-44, -104],
        ]);
  const armR: [Point, Point] =
    pose.armR ??
    (pose.walking
      ? [
          [52, -150],
          [60, -108],
        ]
      : [
          [48, -150],
          [44, -104],
        ]);
  let legL: Point[] = pose.legL ?? [
    [-15, -100],
    [-17, -10],
  ];
  let legR: Point[] = pose.legR ?? [
    [15, -100],
    [17, -10],
  ];
  if (!pose.legL && pose.walking) {
    legL = [
      [-10, -100],
      [-38, -10],
    ];
    legR = [
      [10, -100],
      [34, -10],
    ];
  }
  if (!pose.legL && pose.seated) {
    legL = [
      [-12, -104],
      [62, -104],
      [64, -12],
    ];
    legR = [
      [8, -96],
      [80, -96],
      [84, -12],
    ];
  }
  const foot = (leg: Point[]): string => {
    const end = leg[leg.length - 1]!;
    return `<ellipse cx="${f(end[0] + 8)}" cy="${f(end[1] + 4)}" rx="17" ry="8" fill="${C.shoes}"/>`;
  };
  const parts: string[] = [];
  if (style === 'long') parts.push(`<rect x="-37" y="-262" width="74" height="82" rx="32" fill="${look.hair}"/>`);
  if (!pose.noLegs) parts.push(limb(legL, look.legs, 24), limb(legR, look.legs, 24), foot(legL), foot(legR));
  parts.push(limb([shoulderL, ...armL], look.top, 20, true), `<circle cx="${armL[1][0]}" cy="${armL[1][1]}" r="11" fill="${look.skin}"/>`);
  parts.push(`<rect x="-40" y="-202" width="80" height="110" rx="28" fill="${look.top}"/>`);
  parts.push(limb([shoulderR, ...armR], look.top, 20, true), `<circle cx="${armR[1][0]}" cy="${armR[1][1]}" r="11" fill="${look.skin}"/>`);
  if (pose.cane)
    parts.push(
      `<path d="M${armR[1][0]},${armR[1][1] - 8} L${armR[1][0] + 10},0 M${armR[1][0] - 14},${armR[1][1] - 10} Q${armR[1][0]},${armR[1][1] - 26} ${armR[1][0]},${armR[1][1] - 8}" stroke="${C.brown}" stroke-width="7" fill="none" stroke-linecap="round"/>`,
    );
  if (style === 'scarf') {
    parts.push(`<path d="M-44,-196 Q-46,-248 0,-276 Q46,-248 44,-196 Q0,-180 -44,-196Z" fill="${look.hair}"/>`);
    parts.push(`<ellipse cx="0" cy="-234" rx="25" ry="28" fill="${look.skin}"/>`);
  } else {
    parts.push(`<rect x="-9" y="-214" width="18" height="20" fill="${look.skin}"/>`, `<circle cx="0" cy="-236" r="32" fill="${look.skin}"/>`);
  }
  parts.push(`<circle cx="-11" cy="-238" r="3.6" fill="#3A2E2A"/><circle cx="11" cy="-238" r="3.6" fill="#3A2E2A"/>`);
  parts.push(`<path d="M-10,-222 Q0,-214 10,-222" stroke="#7A3E2E" stroke-width="3" fill="none" stroke-linecap="round"/>`);
  parts.push(`<circle cx="-19" cy="-226" r="6" fill="${C.rose}" opacity="0.55"/><circle cx="19" cy="-226" r="6" fill="${C.rose}" opacity="0.55"/>`);
  if (look.glasses)
    parts.push(
      `<g stroke="#3A2E2A" stroke-width="2.5" fill="none"><circle cx="-12" cy="-238" r="9"/><circle cx="12" cy="-238" r="9"/><path d="M-3,-239 L3,-239"/></g>`,
    );
  const cap = `M-34,-232 C-37,-262 -15,-272 2,-271 C23,-270 38,-258 34,-228 C26,-247 8,-253 -6,-251 C-20,-250 -30,-243 -34,-232Z`;
  if (style === 'short' || style === 'long') parts.push(`<path d="${cap}" fill="${look.hair}"/>`);
  if (style === 'bun') parts.push(`<circle cx="0" cy="-274" r="15" fill="${look.hair}"/><path d="${cap}" fill="${look.hair}"/>`);
  if (style === 'balding')
    parts.push(`<ellipse cx="-31" cy="-240" rx="7" ry="13" fill="${look.hair}"/><ellipse cx="31" cy="-240" rx="7" ry="13" fill="${look.hair}"/>`);
  return `<g transform="translate(${f(x)} ${f(y)}) scale(${s})">${parts.join('')}</g>`;
}

function envelope(x: number, y: number, w: number, rotate: number, paper: string, line: string, stamp?: string): string {
  const h = w * 0.62;
  return `<g transform="translate(${x} ${y}) rotate(${rotate})"><rect x="${-w / 2}" y="${-h / 2}" width="${w}" height="${h}" rx="6" fill="${paper}"/><path d="M${-w / 2 + 4},${-h / 2 + 4} L0,${f(h * 0.08)} L${w / 2 - 4},${-h / 2 + 4}" fill="none" stroke="${line}" stroke-width="4" stroke-linejoin="round"/>${stamp ? `<rect x="${w / 2 - w * 0.22}" y="${-h / 2 + h * 0.14}" width="${w * 0.14}" height="${w * 0.16}" fill="${stamp}"/>` : ''}</g>`;
}

function bubble(x: number, y: number, w: number, h: number, color: string, dots: string, tailLeft: boolean): string {
  const tx = tailLeft ? x + 30 : x + w - 30;
  const tip = tailLeft ? tx - 30 : tx + 30;
  const d = [0.3, 0.5, 0.7].map((k) => `<circle cx="${f(x + w * k)}" cy="${f(y + h / 2)}" r="${f(h * 0.09)}" fill="${dots}"/>`).join('');
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${h / 2}" fill="${color}"/><path d="M${tx - 14},${y + h - 4} L${tip},${y + h + 34} L${tx + 16},${y + h - 6}Z" fill="${color}"/>${d}`;
}

/* ----------------------------------------------------------------------------------------------- */

function walking(): string {
  const defs = linear('sky', '#F9D2AE', '#FCEEDD');
  const fernand: Look = { skin: '#F1C7A5', hair: '#D9D4CD', top: C.navy, legs: '#6B6660', hairStyle: 'balding', glasses: true };
  const sofie: Look = { skin: '#E8B48F', hair: '#3B2B25', top: C.mustard, legs: C.blue, hairStyle: 'long' };
  return svg(
    defs,
    [
      `<rect width="${W}" height="${H}" fill="url(#sky)"/>`,
      sun(930, 165, 70),
      cloud(300, 150, 1.1),
      cloud(640, 95, 0.8),
      skyline(470, '#EDB595', 7, 90, 170, 470),
      skyline(490, '#E29C7B', 11, 60, 120),
      `<path d="M0,470 Q300,420 620,462 T1200,450 L1200,750 L0,750Z" fill="#B3D39F"/>`,
      `<path d="M0,600 Q400,560 800,610 T1200,590 L1200,750 L0,750Z" fill="#9CC58D"/>`,
      `<path d="M330,750 Q520,590 760,478 L840,478 Q690,600 770,750Z" fill="#F3DDBF"/>`,
      tree(140, 520, 1.0),
      tree(300, 560, 0.75, C.darkLeaf, C.leaf),
      tree(1010, 530, 1.05),
      tree(1140, 580, 0.8, C.darkLeaf, C.leaf),
      `<g fill="#F7C9C2"><circle cx="210" cy="690" r="9"/><circle cx="240" cy="705" r="7"/><circle cx="930" cy="700" r="9"/><circle cx="965" cy="685" r="7"/></g>`,
      person(520, 705, 0.95, fernand, {
        walking: true,
        cane: true,
        armR: [
          [48, -150],
          [58, -106],
        ],
      }),
      person(665, 700, 0.95, sofie, {
        walking: true,
        armL: [
          [-52, -150],
          [-56, -112],
        ],
      }),
      heart(600, 380, 44, C.coral),
    ].join(''),
  );
}

function groceries(): string {
  const defs = linear('sky', '#CBE3EA', '#F4EEDF');
  const nadia: Look = { skin: '#C98E64', hair: C.terracotta, top: C.sage, legs: C.navy, hairStyle: 'scarf' };
  const hand: Point = [470 + 58 * 1.05, 690 - 108 * 1.05];
  return svg(
    defs,
    [
      `<rect width="${W}" height="${H}" fill="url(#sky)"/>`,
      cloud(200, 120, 0.9),
      cloud(520, 80, 0.7),
      `<path d="${housePath(660, 540, 90, 650, 'step')}" fill="#E3A47E"/>`,
      `<rect x="700" y="150" width="120" height="150" rx="8" fill="${C.white}"/><rect x="712" y="162" width="96" height="126" fill="#A9CFE0"/><rect x="1040" y="150" width="120" height="150" rx="8" fill="${C.white}"/><rect x="1052" y="162" width="96" height="126" fill="#A9CFE0"/>`,
      `<rect x="700" y="300" width="120" height="24" rx="4" fill="${C.brown}"/><g fill="${C.coral}"><circle cx="720" cy="296" r="12"/><circle cx="760" cy="292" r="14"/><circle cx="800" cy="296" r="12"/></g>`,
      `<rect x="1040" y="300" width="120" height="24" rx="4" fill="${C.brown}"/><g fill="${C.mustard}"><circle cx="1060" cy="296" r="12"/><circle cx="1100" cy="292" r="14"/><circle cx="1140" cy="296" r="12"/></g>`,
      `<path d="M862,650 L862,420 Q930,350 998,420 L998,650Z" fill="${C.navy}"/><circle cx="975" cy="540" r="7" fill="${C.mustard}"/><path d="M872,420 Q930,362 988,420Z" fill="#F6D58C"/>`,
      `<rect x="0" y="650" width="${W}" height="100" fill="#DDD2C6"/><path d="M0,680 L${W},680" stroke="#CFC3B5" stroke-width="3"/>`,
      `<rect x="840" y="650" width="180" height="16" fill="#CBB8A6"/><rect x="826" y="664" width="208" height="16" fill="#BFA996"/>`,
      tree(150, 660, 1.0),
      person(470, 690, 1.05, nadia, {
        walking: true,
        armR: [
          [52, -150],
          [58, -108],
        ],
      }),
      `<path d="M${f(hand[0] - 8)},${f(hand[1] + 8)} Q${f(hand[0] + 22)},${f(hand[1] - 26)} ${f(hand[0] + 52)},${f(hand[1] + 8)}" stroke="#A88C6A" stroke-width="6" fill="none"/>`,
      `<rect x="535" y="520" width="20" height="80" rx="8" fill="${C.leaf}" transform="rotate(-14 545 600)"/><rect x="556" y="510" width="16" height="90" rx="7" fill="#7DBF72" transform="rotate(6 564 600)"/>`,
      `<rect x="570" y="525" width="24" height="110" rx="12" fill="#E3B36A" transform="rotate(16 582 630)"/>`,
      `<path d="M${f(hand[0] - 18)},${f(hand[1] + 6)} L${f(hand[0] + 64)},${f(hand[1] + 6)} L${f(hand[0] + 56)},${f(hand[1] + 100)} L${f(hand[0] - 10)},${f(hand[1] + 100)}Z" fill="#F1DFC0"/>`,
      `<circle cx="${f(hand[0] + 10)}" cy="${f(hand[1] + 8)}" r="14" fill="#E0533D"/><circle cx="${f(hand[0] + 32)}" cy="${f(hand[1] + 4)}" r="13" fill="#F29B38"/>`,
    ].join(''),
  );
}

function phoneChat(): string {
  const defs =
    linear('wall', '#F8E6D2', '#F3DCC4') + glow('lamp', '#FFD98A', 0.75) + `<clipPath id="win"><rect x="150" y="130" width="300" height="250"/></clipPath>`;
  const lucienne: Look = { skin: '#F1C7A5', hair: '#CFCAC3', top: C.rose, legs: C.plum, hairStyle: 'bun', glasses: true };
  return svg(
    defs,
    [
      `<rect width="${W}" height="${H}" fill="url(#wall)"/>`,
      `<rect x="0" y="610" width="${W}" height="140" fill="#DDB892"/>`,
      `<rect x="136" y="116" width="328" height="278" rx="10" fill="${C.white}"/>`,
      `<g clip-path="url(#win)"><rect x="150" y="130" width="300" height="250" fill="#BFDCE8"/>${sun(380, 190, 30)}<g transform="translate(150 0) scale(0.3 1)">${skyline(380, '#E3A47E', 3, 50, 110)}</g></g>`,
      `<path d="M300,130 L300,380 M150,255 L450,255" stroke="${C.white}" stroke-width="10"/>`,
      `<rect x="120" y="390" width="360" height="16" rx="6" fill="${C.white}"/>`,
      `<circle cx="1050" cy="300" r="230" fill="url(#lamp)"/>`,
      `<rect x="1044" y="300" width="12" height="310" fill="${C.navy}"/><ellipse cx="1050" cy="612" rx="50" ry="12" fill="${C.navy}"/><path d="M990,300 L1110,300 L1080,210 L1020,210Z" fill="${C.mustard}"/>`,
      `<rect x="530" y="250" width="300" height="330" rx="60" fill="${C.terracotta}"/>`,
      `<rect x="510" y="470" width="340" height="130" rx="30" fill="#E58A62"/>`,
      person(640, 600, 1.0, lucienne, {
        seated: true,
        armR: [
          [70, -160],
          [34, -228],
        ],
        armL: [
          [-52, -140],
          [10, -110],
        ],
      }),
      `<rect x="20" y="-262" width="20" height="44" rx="6" fill="${C.navy}" transform="translate(640 600) rotate(18 30 -240)"/>`,
      `<rect x="480" y="400" width="80" height="220" rx="36" fill="${C.terracotta}"/><rect x="800" y="400" width="80" height="220" rx="36" fill="${C.terracotta}"/>`,
      `<rect x="520" y="615" width="16" height="30" fill="${C.brown}"/><rect x="826" y="615" width="16" height="30" fill="${C.brown}"/>`,
      bubble(800, 110, 230, 90, C.white, C.coral, true),
      bubble(610, 60, 140, 70, C.butter, C.terracotta, false),
      heart(920, 270, 54, C.coral, -10),
      heart(985, 235, 28, C.rose, 12),
    ].join(''),
  );
}

function letters(): string {
  const defs = linear('bg', '#F6CFC6', '#FCEFE4');
  const rnd = random(42);
  const items: string[] = [];
  const spots: [number, number, number][] = [
    [170, 170, 150],
    [330, 560, 130],
    [980, 150, 140],
    [1060, 540, 150],
    [180, 420, 110],
    [880, 620, 110],
    [620, 110, 100],
  ];
  const papers = [C.white, C.butter, '#DCEBF2', C.white, '#F9E0D5'];
  const lines = [C.coral, C.navy, C.terracotta, C.blue, C.plum];
  spots.forEach(([x, y, w], i) => {
    items.push(envelope(x, y, w, Math.round(rnd() * 40 - 20), papers[i % papers.length]!, lines[i % lines.length]!, i % 2 === 0 ? C.coral : C.sage));
  });
  const trail = `<g fill="none" stroke="${C.white}" stroke-width="4" stroke-dasharray="4 14" stroke-linecap="round" opacity="0.9"><path d="M240,210 Q360,300 470,260"/><path d="M900,180 Q820,250 760,230"/><path d="M990,500 Q900,460 790,520"/></g>`;
  const hearts = [
    [420, 120, 50, C.coral],
    [800, 90, 36, C.rose],
    [110, 600, 44, C.terracotta],
    [1130, 330, 48, C.coral],
    [560, 640, 30, C.rose],
    [760, 680, 40, C.coral],
    [300, 330, 30, C.terracotta],
  ] as const;
  const letter = `<g transform="rotate(-4 600 400)"><path d="M480,470 L480,600 L740,600 L740,470 L610,390Z" fill="#F3C9A9"/><rect x="470" y="190" width="280" height="350" rx="8" fill="${C.white}"/><g stroke="#C9BFB5" stroke-width="5" stroke-linecap="round" fill="none"><path d="M505,250 q20,-10 40,0 t40,0 t40,0 t40,0 t40,0"/><path d="M505,290 q20,-10 40,0 t40,0 t40,0 t40,0 t40,0"/><path d="M505,330 q20,-10 40,0 t40,0 t40,0 t40,0"/><path d="M505,370 q20,-10 40,0 t40,0 t40,0 t40,0 t40,0"/><path d="M505,410 q20,-10 40,0 t40,0 t40,0"/></g>${heart(660, 470, 60, C.coral)}<g transform="translate(540 475)"><circle r="10" fill="${C.mustard}"/><g fill="${C.rose}"><circle cx="0" cy="-18" r="10"/><circle cx="17" cy="-5" r="10"/><circle cx="11" cy="15" r="10"/><circle cx="-11" cy="15" r="10"/><circle cx="-17" cy="-5" r="10"/></g><circle r="9" fill="${C.mustard}"/></g><path d="M480,560 L610,480 L740,560 L740,600 L480,600Z" fill="#EDB896"/></g>`;
  return svg(
    defs,
    [
      `<rect width="${W}" height="${H}" fill="url(#bg)"/>`,
      trail,
      ...items,
      letter,
      ...hearts.map(([x, y, s, c], i) => heart(x, y, s, c, (i % 3) * 12 - 12)),
    ].join(''),
  );
}

function digitalHelp(): string {
  const defs = linear('wall', '#F5E7D6', '#EFDCC6');
  const fatima: Look = { skin: '#C98E64', hair: C.plum, top: C.coral, legs: C.navy, hairStyle: 'scarf', glasses: true };
  const thomas: Look = { skin: '#8D5B3E', hair: '#2A201C', top: C.sage, legs: C.navy, hairStyle: 'short' };
  const rnd = random(5);
  const bookColors = [C.coral, C.sage, C.mustard, C.blue, C.plum, C.terracotta, C.rose, C.navy];
  let shelves = '';
  for (const sy of [140, 300]) {
    shelves += `<rect x="60" y="${sy + 120}" width="1080" height="14" fill="${C.wood}"/>`;
    for (let x = 80; x < 1120;) {
      const w = 18 + Math.round(rnd() * 18);
      const h = 80 + Math.round(rnd() * 38);
      if (rnd() > 0.1)
        shelves += `<rect x="${x}" y="${sy + 120 - h}" width="${w}" height="${h}" rx="3" fill="${bookColors[Math.floor(rnd() * bookColors.length)]}" opacity="0.75"/>`;
      x += w + 3;
    }
  }
  return svg(
    defs,
    [
      `<rect width="${W}" height="${H}" fill="url(#wall)"/>`,
      shelves,
      person(360, 660, 1.3, fatima, {
        noLegs: true,
        armR: [
          [62, -150],
          [112, -116],
        ],
        armL: [
          [-50, -150],
          [-20, -112],
        ],
      }),
      person(850, 660, 1.3, thomas, {
        noLegs: true,
        armL: [
          [-66, -160],
          [-120, -150],
        ],
        armR: [
          [50, -150],
          [24, -112],
        ],
      }),
      `<rect x="0" y="520" width="${W}" height="30" fill="${C.wood}"/><rect x="0" y="550" width="${W}" height="200" fill="#B07E55"/>`,
      `<rect x="480" y="300" width="250" height="200" rx="12" fill="${C.navy}"/><rect x="494" y="314" width="222" height="172" rx="4" fill="#A9CFE0"/>`,
      `<circle cx="605" cy="384" r="30" fill="#F1C7A5"/><path d="M555,486 Q555,426 605,426 Q655,426 655,486Z" fill="${C.mustard}"/><path d="M575,380 C574,350 636,348 635,380 C624,364 586,364 575,380Z" fill="#8A5A3C"/><circle cx="595" cy="384" r="3.5" fill="#3A2E2A"/><circle cx="615" cy="384" r="3.5" fill="#3A2E2A"/><path d="M596,398 Q605,405 614,398" stroke="#7A3E2E" stroke-width="3" fill="none" stroke-linecap="round"/>`,
      heart(686, 340, 30, C.coral),
      `<path d="M455,500 L755,500 L785,524 L425,524Z" fill="#5A6685"/>`,
      `<rect x="1020" y="470" width="52" height="54" rx="8" fill="${C.white}"/><path d="M1072,484 q22,0 22,16 q0,16 -22,16" stroke="${C.white}" stroke-width="8" fill="none"/><path d="M1036,458 q8,-14 0,-28 M1054,458 q8,-14 0,-28" stroke="${C.white}" stroke-width="4" fill="none" stroke-linecap="round" opacity="0.9"/>`,
      `<path d="M130,520 L100,440 L190,440 L160,520Z" fill="${C.terracotta}"/><g fill="${C.leaf}"><ellipse cx="145" cy="400" rx="18" ry="44" transform="rotate(-24 145 440)"/><ellipse cx="145" cy="395" rx="18" ry="48"/><ellipse cx="145" cy="400" rx="18" ry="44" transform="rotate(26 145 440)"/></g>`,
    ].join(''),
  );
}

function meal(): string {
  const defs =
    linear('wall', '#F6DEC4', '#F1D2B2') +
    glow('lampGlow', '#FFD98A', 0.7) +
    `<pattern id="cloth" width="80" height="80" patternUnits="userSpaceOnUse"><rect width="80" height="80" fill="#FFF6EC"/><rect width="40" height="80" fill="${C.coral}" opacity="0.32"/><rect width="80" height="40" fill="${C.coral}" opacity="0.32"/></pattern>`;
  const steam = [540, 600, 660]
    .map(
      (x, i) =>
        `<path d="M${x},${340 - (i % 2) * 10} q-22,-34 0,-68 t0,-68" stroke="${C.white}" stroke-width="9" fill="none" stroke-linecap="round" opacity="0.85"/>`,
    )
    .join('');
  return svg(
    defs,
    [
      `<rect width="${W}" height="${H}" fill="url(#wall)"/>`,
      `<circle cx="600" cy="130" r="260" fill="url(#lampGlow)"/><path d="M600,0 L600,70" stroke="${C.navy}" stroke-width="4"/><path d="M540,120 Q600,50 660,120Z" fill="${C.terracotta}"/><ellipse cx="600" cy="122" rx="16" ry="8" fill="#FFE6A8"/>`,
      `<rect x="0" y="390" width="${W}" height="360" fill="url(#cloth)"/>`,
      `<ellipse cx="110" cy="520" rx="150" ry="46" fill="${C.white}"/><ellipse cx="110" cy="515" rx="100" ry="28" fill="#F1E6D8"/>`,
      `<ellipse cx="1090" cy="520" rx="150" ry="46" fill="${C.white}"/><ellipse cx="1090" cy="515" rx="100" ry="28" fill="#F1E6D8"/>`,
      steam,
      `<ellipse cx="600" cy="640" rx="240" ry="40" fill="#000" opacity="0.08"/>`,
      `<path d="M380,430 Q390,640 600,650 Q810,640 820,430Z" fill="#5E8FB5"/><path d="M392,500 Q600,540 808,500" stroke="${C.white}" stroke-width="12" fill="none" opacity="0.8"/>`,
      `<ellipse cx="600" cy="430" rx="220" ry="52" fill="#4F7FA5"/><ellipse cx="600" cy="432" rx="198" ry="42" fill="#F0A04B"/>`,
      `<g fill="#E3873A"><circle cx="540" cy="425" r="8"/><circle cx="640" cy="440" r="7"/><circle cx="690" cy="420" r="6"/></g><g fill="${C.leaf}"><ellipse cx="590" cy="420" rx="10" ry="5"/><ellipse cx="660" cy="428" rx="9" ry="4"/></g>`,
      `<g transform="rotate(-30 930 560)"><rect x="905" y="470" width="16" height="180" rx="8" fill="#B9B3AC"/><ellipse cx="913" cy="460" rx="30" ry="42" fill="#C9C3BC"/></g>`,
      `<rect x="170" y="600" width="250" height="130" rx="18" fill="${C.wood}"/><g transform="rotate(-12 290 620)"><rect x="200" y="580" width="200" height="54" rx="27" fill="#E0A85E"/><path d="M240,590 l18,30 M290,590 l18,30 M340,590 l18,30" stroke="#C98D45" stroke-width="6" stroke-linecap="round"/></g><ellipse cx="245" cy="680" rx="48" ry="30" fill="#E9B978"/><ellipse cx="245" cy="680" rx="36" ry="20" fill="#FBE5BF"/><ellipse cx="335" cy="690" rx="48" ry="30" fill="#E9B978"/><ellipse cx="335" cy="690" rx="36" ry="20" fill="#FBE5BF"/>`,
      `<path d="M960,390 L970,300 L1030,300 L1040,390Z" fill="${C.sage}"/><g stroke="${C.leaf}" stroke-width="5"><path d="M985,300 L975,230 M1000,300 L1002,215 M1015,300 L1030,235"/></g><g fill="${C.coral}"><ellipse cx="975" cy="222" rx="14" ry="18"/><ellipse cx="1002" cy="206" rx="14" ry="18"/></g><ellipse cx="1031" cy="226" rx="14" ry="18" fill="${C.mustard}"/>`,
    ].join(''),
  );
}

function knitting(): string {
  const defs =
    linear('bg', '#F8E4C6', '#F5D9B6') +
    `<pattern id="knit" width="24" height="20" patternUnits="userSpaceOnUse"><path d="M2,4 L12,16 L22,4" stroke="#000" stroke-opacity="0.13" stroke-width="4" fill="none"/></pattern>`;
  const ball = (x: number, y: number, r: number, color: string, rot: number): string =>
    `<g transform="translate(${x} ${y}) rotate(${rot})"><circle r="${r}" fill="${color}"/><g fill="none" stroke="#000" stroke-opacity="0.16" stroke-width="5"><path d="M${-r * 0.9},${-r * 0.3} Q0,${-r * 0.9} ${r * 0.9},${-r * 0.2}"/><path d="M${-r * 0.95},0 Q0,${-r * 0.5} ${r * 0.95},${r * 0.1}"/><path d="M${-r * 0.85},${r * 0.35} Q0,${-r * 0.1} ${r * 0.85},${r * 0.45}"/><path d="M${-r * 0.3},${-r * 0.9} Q${r * 0.3},0 ${-r * 0.1},${r * 0.95}"/></g></g>`;
  const stripes = [C.coral, C.mustard, C.sage, C.plum, C.coral, C.mustard, C.sage];
  const scarf = stripes.map((c, i) => `<rect x="700" y="${250 + i * 56}" width="170" height="56" fill="${c}"/>`).join('');
  const fringe = Array.from(
    { length: 9 },
    (_, i) => `<path d="M${708 + i * 19},642 l${i % 2 ? 4 : -4},40" stroke="${stripes[i % stripes.length]}" stroke-width="7" stroke-linecap="round"/>`,
  ).join('');
  return svg(
    defs,
    [
      `<rect width="${W}" height="${H}" fill="url(#bg)"/>`,
      `<circle cx="180" cy="150" r="90" fill="${C.white}" opacity="0.35"/><circle cx="1060" cy="120" r="60" fill="${C.white}" opacity="0.35"/><circle cx="1100" cy="620" r="110" fill="${C.white}" opacity="0.3"/>`,
      `<rect x="0" y="640" width="${W}" height="110" fill="#E7C29A"/>`,
      `<g transform="rotate(4 785 440)">${scarf}<rect x="700" y="250" width="170" height="392" fill="url(#knit)"/>${fringe}</g>`,
      `<g stroke-linecap="round"><path d="M610,260 L1000,215" stroke="#B98A5E" stroke-width="12"/><path d="M600,205 L990,262" stroke="#B98A5E" stroke-width="12"/></g><circle cx="1004" cy="214" r="15" fill="${C.terracotta}"/><circle cx="994" cy="264" r="15" fill="${C.terracotta}"/>`,
      `<path d="M400,560 Q520,470 610,520 T700,420" stroke="${C.coral}" stroke-width="6" fill="none"/>`,
      `<path d="M150,560 L520,560 L490,700 L180,700Z" fill="${C.wood}"/><g stroke="#A97A50" stroke-width="6"><path d="M160,600 L510,600 M170,645 L500,645"/></g><rect x="135" y="545" width="400" height="28" rx="14" fill="#B57F52"/>`,
      ball(250, 520, 78, C.plum, 10),
      ball(400, 505, 92, C.coral, -20),
      ball(330, 430, 70, C.sage, 30),
      ball(990, 620, 70, C.mustard, 15),
      `<g stroke-linecap="round"><path d="M900,650 L1080,560" stroke="#9C7A5A" stroke-width="10"/></g><circle cx="1084" cy="558" r="12" fill="${C.navy}"/>`,
      heart(560, 160, 60, C.coral, -10),
    ].join(''),
  );
}

function bike(): string {
  const defs = linear('sky', '#CFE6EC', '#F7EEDC');
  const pieter: Look = { skin: '#F1C7A5', hair: '#B5542F', top: C.blue, legs: C.navy, hairStyle: 'short' };
  const jacqueline: Look = { skin: '#F1C7A5', hair: '#E6E2DC', top: C.plum, legs: C.navy, hairStyle: 'bun', glasses: true };
  const wheel = (x: number, y: number, r: number): string => {
    const spokes = Array.from({ length: 8 }, (_, i) => {
      const a = (i * Math.PI) / 4;
      return `M${x},${y} L${f(x + Math.cos(a) * r)},${f(y + Math.sin(a) * r)}`;
    }).join(' ');
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="none" stroke="${C.navy}" stroke-width="12"/><path d="${spokes}" stroke="#8A93A8" stroke-width="3"/><circle cx="${x}" cy="${y}" r="9" fill="${C.navy}"/>`;
  };
  const trunks = [60, 150, 240, 980, 1070, 1150]
    .map((x, i) => `<rect x="${x}" y="${120 + (i % 3) * 30}" width="${22 + (i % 2) * 8}" height="460" fill="#9C8C80"/>`)
    .join('');
  const canopies = [
    [80, 120, 140],
    [220, 90, 130],
    [1000, 100, 150],
    [1140, 140, 130],
    [520, 40, 120],
    [700, 60, 110],
    [860, 40, 120],
    [360, 60, 110],
  ]
    .map(([x, y, r], i) => `<circle cx="${x}" cy="${y}" r="${r}" fill="${i % 2 ? C.sage : '#A6C99A'}" opacity="0.9"/>`)
    .join('');
  return svg(
    defs,
    [
      `<rect width="${W}" height="${H}" fill="url(#sky)"/>`,
      sun(640, 200, 55),
      canopies,
      trunks,
      `<path d="M0,560 Q600,520 1200,560 L1200,750 L0,750Z" fill="#A7CD97"/>`,
      `<path d="M0,640 Q600,600 1200,640 L1200,720 Q600,690 0,720Z" fill="#EBD3AE"/>`,
      tree(40, 600, 0.9, C.darkLeaf, C.leaf),
      tree(1160, 610, 0.95, C.darkLeaf, C.leaf),
      `<path d="M660,350 Q770,290 880,350 L880,365 Q852,385 825,365 Q797,385 770,365 Q742,385 715,365 Q687,385 660,365Z" fill="${C.mustard}"/><path d="M668,360 L668,470 M872,360 L872,470" stroke="${C.navy}" stroke-width="8"/>`,
      person(770, 600, 0.8, jacqueline, {
        noLegs: true,
        armL: [
          [-44, -150],
          [-10, -118],
        ],
        armR: [
          [44, -150],
          [10, -118],
        ],
      }),
      `<rect x="645" y="470" width="250" height="140" rx="26" fill="${C.coral}"/><rect x="660" y="470" width="220" height="80" rx="20" fill="${C.sage}"/><g stroke="${C.white}" stroke-opacity="0.5" stroke-width="6"><path d="M700,470 L700,550 M750,470 L750,550 M800,470 L800,550 M850,470 L850,550 M660,500 L880,500 M660,530 L880,530"/></g>`,
      `<path d="M420,640 L520,612 L470,540 M520,612 L600,505 L660,560 M600,505 L585,470 L560,470" stroke="${C.navy}" stroke-width="11" fill="none" stroke-linejoin="round" stroke-linecap="round"/><rect x="445" y="528" width="52" height="14" rx="7" fill="#2D2A28"/>`,
      wheel(420, 640, 70),
      wheel(790, 650, 58),
      `<circle cx="520" cy="612" r="18" fill="#5A6685"/>`,
      person(470, 640, 0.88, pieter, {
        armL: [
          [40, -170],
          [100, -190],
        ],
        armR: [
          [60, -170],
          [110, -192],
        ],
        legL: [
          [0, -104],
          [52, -80],
          [62, -22],
        ],
        legR: [
          [6, -96],
          [40, -60],
          [30, -44],
        ],
      }),
      heart(770, 250, 40, C.coral),
    ].join(''),
  );
}

function garden(): string {
  const defs = linear('sky', '#CDE5EE', '#F6F0E0');
  const block = (x: number, y: number, w: number, h: number, color: string, seed: number): string => {
    const rnd = random(seed);
    let win = '';
    for (let wy = y + 30; wy < 520; wy += 62) {
      for (let wx = x + 24; wx + 40 < x + w; wx += 62) {
        win += `<rect x="${wx}" y="${wy}" width="40" height="40" rx="4" fill="${rnd() > 0.75 ? C.butter : '#B8D3DD'}"/>`;
        if (rnd() > 0.8) win += `<rect x="${wx}" y="${wy}" width="14" height="40" fill="${C.coral}" opacity="0.8"/>`;
      }
    }
    return `<rect x="${x}" y="${y}" width="${w}" height="${560 - y}" fill="${color}"/>${win}`;
  };
  const bed = (x: number, w: number, plants: string): string =>
    `${plants}<rect x="${x}" y="560" width="${w}" height="110" rx="6" fill="${C.wood}"/><path d="M${x},597 L${x + w},597 M${x},634 L${x + w},634" stroke="#A97A50" stroke-width="5"/><rect x="${x - 6}" y="552" width="${w + 12}" height="16" rx="6" fill="#B57F52"/>`;
  const leaves = (x: number, n: number, color = C.leaf): string =>
    Array.from(
      { length: n },
      (_, i) =>
        `<ellipse cx="${x + i * 34}" cy="${520 - (i % 2) * 16}" rx="16" ry="40" fill="${i % 2 ? color : C.darkLeaf}" transform="rotate(${(i % 3) * 18 - 18} ${x + i * 34} 560)"/>`,
    ).join('');
  return svg(
    defs,
    [
      `<rect width="${W}" height="${H}" fill="url(#sky)"/>`,
      sun(170, 140, 62),
      cloud(480, 110, 0.8),
      block(340, 120, 250, 0, '#E9D8C8', 1),
      block(600, 200, 300, 0, '#DCC2AE', 2),
      block(910, 90, 260, 0, '#EFE0CE', 3),
      `<rect x="0" y="540" width="${W}" height="210" fill="#A9CF96"/>`,
      bed(
        80,
        300,
        leaves(110, 8) +
          `<g fill="#E0533D"><circle cx="150" cy="500" r="14"/><circle cx="220" cy="480" r="13"/><circle cx="290" cy="505" r="14"/><circle cx="340" cy="486" r="12"/></g>`,
      ),
      bed(
        440,
        320,
        leaves(470, 9, '#7DBF72') +
          `<g><ellipse cx="540" cy="535" rx="42" ry="32" fill="#EE9A3A"/><path d="M540,505 L540,565 M520,508 Q512,535 520,562 M560,508 Q568,535 560,562" stroke="#D47F25" stroke-width="4" fill="none"/><ellipse cx="660" cy="540" rx="34" ry="26" fill="#EE9A3A"/><rect x="536" y="494" width="8" height="14" fill="${C.leaf}"/></g>`,
      ),
      `<path d="M920,560 L920,330" stroke="${C.leaf}" stroke-width="10"/><ellipse cx="900" cy="430" rx="30" ry="12" fill="${C.leaf}" transform="rotate(-30 900 430)"/><g transform="translate(920 310)">${Array.from({ length: 12 }, (_, i) => `<ellipse cx="0" cy="-42" rx="14" ry="30" fill="${C.mustard}" transform="rotate(${i * 30})"/>`).join('')}<circle r="30" fill="${C.brown}"/></g>`,
      bed(820, 220, leaves(850, 6)),
      `<g transform="translate(1100 660)"><path d="M-50,0 L-42,-90 L42,-90 L50,0Z" fill="${C.blue}"/><path d="M-42,-70 L-110,-120" stroke="${C.blue}" stroke-width="14" stroke-linecap="round"/><path d="M-30,-90 Q0,-150 30,-90" stroke="${C.navy}" stroke-width="10" fill="none"/><g fill="#7FB7DA"><circle cx="-126" cy="-104" r="6"/><circle cx="-136" cy="-84" r="6"/><circle cx="-118" cy="-70" r="6"/></g></g>`,
    ].join(''),
  );
}

function reading(): string {
  const defs = linear('wall', '#F1E2CE', '#EAD6BE') + glow('lamp', '#FFD98A', 0.8);
  const page = (x: number, mirror: boolean): string => {
    const d = mirror
      ? `M${x},420 Q${x + 130},395 ${x + 270},420 L${x + 270},610 Q${x + 130},585 ${x},610Z`
      : `M${x},420 Q${x - 130},395 ${x - 270},420 L${x - 270},610 Q${x - 130},585 ${x},610Z`;
    const lines = Array.from({ length: 6 }, (_, i) => {
      const y = 455 + i * 24;
      return mirror ? `M${x + 30},${y} L${x + 240 - (i === 5 ? 90 : 0)},${y}` : `M${x - 240},${y} L${x - 30 - (i === 5 ? 90 : 0)},${y}`;
    }).join(' ');
    return `<path d="${d}" fill="${C.white}"/><path d="${lines}" stroke="#CFC5BA" stroke-width="7" stroke-linecap="round"/>`;
  };
  return svg(
    defs,
    [
      `<rect width="${W}" height="${H}" fill="url(#wall)"/>`,
      `<g fill="${C.white}" opacity="0.35">${Array.from({ length: 40 }, (_, i) => `<circle cx="${(i % 10) * 130 + 40 + (Math.floor(i / 10) % 2) * 65}" cy="${Math.floor(i / 10) * 110 + 50}" r="8"/>`).join('')}</g>`,
      `<rect x="470" y="90" width="260" height="190" rx="8" fill="${C.wood}"/><rect x="488" y="108" width="224" height="154" fill="#CFE6EC"/><circle cx="650" cy="150" r="24" fill="#F6B54E"/><path d="M488,262 L488,220 Q560,170 620,215 Q670,185 712,210 L712,262Z" fill="${C.sage}"/>`,
      `<circle cx="230" cy="250" r="260" fill="url(#lamp)"/>`,
      `<path d="M230,250 L230,560" stroke="${C.navy}" stroke-width="12"/><path d="M150,250 L310,250 L270,140 L190,140Z" fill="${C.coral}"/><ellipse cx="230" cy="560" rx="60" ry="14" fill="${C.navy}"/>`,
      `<rect x="0" y="560" width="${W}" height="190" fill="${C.wood}"/><rect x="0" y="560" width="${W}" height="14" fill="#B57F52"/>`,
      `<ellipse cx="600" cy="640" rx="300" ry="26" fill="#000" opacity="0.1"/>`,
      `<path d="M320,430 Q460,405 600,432 Q740,405 880,430 L880,630 Q740,605 600,632 Q460,605 320,630Z" fill="${C.terracotta}"/>`,
      page(600, true),
      page(600, false),
      `<path d="M600,420 L600,612" stroke="#DDD2C6" stroke-width="4"/><path d="M690,416 L690,660 L705,645 L720,660 L720,412" fill="${C.coral}"/>`,
      `<rect x="930" y="520" width="190" height="40" rx="6" fill="${C.blue}"/><rect x="945" y="482" width="170" height="38" rx="6" fill="${C.mustard}"/><rect x="925" y="446" width="180" height="36" rx="6" fill="${C.sage}"/>`,
      `<g transform="translate(1000 640)"><ellipse cx="0" cy="12" rx="80" ry="18" fill="${C.white}"/><path d="M-50,-70 L50,-70 L42,6 Q0,20 -42,6Z" fill="${C.white}"/><path d="M50,-55 q30,0 30,25 q0,25 -34,25" stroke="${C.white}" stroke-width="10" fill="none"/><ellipse cx="0" cy="-70" rx="50" ry="10" fill="#B5693C"/><path d="M-10,-70 L-24,-24" stroke="#D8CFC4" stroke-width="2"/><rect x="-34" y="-26" width="20" height="24" fill="${C.mustard}"/></g>`,
      `<g stroke="${C.white}" stroke-width="7" fill="none" stroke-linecap="round" opacity="0.9"><path d="M985,560 q-16,-26 0,-52 t0,-52"/><path d="M1015,560 q-16,-26 0,-52 t0,-52"/></g>`,
    ].join(''),
  );
}

function paperwork(): string {
  const defs = `<pattern id="grain" width="300" height="60" patternUnits="userSpaceOnUse"><rect width="300" height="60" fill="#DDB07F"/><path d="M0,20 Q75,10 150,22 T300,18 M0,48 Q90,40 170,50 T300,46" stroke="#C99A69" stroke-width="3" fill="none"/></pattern>`;
  const sheet = (x: number, y: number, rot: number, lines: number): string => {
    const ls = Array.from({ length: lines }, (_, i) => `M${x + 40},${y + 60 + i * 34} L${x + 300 - (i % 3 === 2 ? 90 : 0)},${y + 60 + i * 34}`).join(' ');
    return `<g transform="rotate(${rot} ${x + 170} ${y + 220})"><rect x="${x + 8}" y="${y + 10}" width="340" height="440" rx="6" fill="#000" opacity="0.08"/><rect x="${x}" y="${y}" width="340" height="440" rx="6" fill="${C.white}"/><path d="${ls}" stroke="#D5CCC2" stroke-width="10" stroke-linecap="round"/></g>`;
  };
  const folder = (x: number, y: number, rot: number, color: string): string =>
    `<g transform="rotate(${rot} ${x} ${y})"><path d="M${x},${y} L${x + 90},${y} L${x + 110},${y + 24} L${x + 300},${y + 24} L${x + 300},${y + 250} L${x},${y + 250}Z" fill="${color}"/></g>`;
  return svg(
    defs,
    [
      `<rect width="${W}" height="${H}" fill="url(#grain)"/>`,
      folder(40, 330, -12, C.sage),
      folder(70, 380, -4, C.mustard),
      folder(100, 430, 6, C.coral),
      sheet(420, 150, -6, 9),
      sheet(450, 170, 3, 10),
      `<g transform="rotate(8 940 200)"><rect x="820" y="120" width="280" height="170" rx="8" fill="#F6EBDD"/><path d="M820,120 L960,210 L1100,120" stroke="${C.terracotta}" stroke-width="5" fill="none"/><rect x="1040" y="140" width="40" height="46" fill="${C.coral}"/></g>`,
      `<g transform="rotate(-32 700 560)"><rect x="520" y="548" width="330" height="26" rx="13" fill="${C.navy}"/><path d="M850,548 L900,561 L850,574Z" fill="#F2D9B8"/><path d="M894,559 L900,561 L894,563Z" fill="#2D2A28"/><rect x="560" y="538" width="90" height="8" rx="4" fill="${C.mustard}"/></g>`,
      `<g transform="translate(960 520) rotate(-10)" stroke="${C.navy}" stroke-width="9" fill="none"><circle cx="-62" cy="0" r="52" fill="#DCEBF2" fill-opacity="0.55"/><circle cx="62" cy="0" r="52" fill="#DCEBF2" fill-opacity="0.55"/><path d="M-12,-4 Q0,-18 12,-4"/><path d="M-112,-8 L-170,-40 M112,-8 L170,-40" stroke-linecap="round"/></g>`,
      `<g transform="translate(230 130)"><circle r="92" fill="${C.white}"/><circle r="64" fill="${C.white}" stroke="#E3D9CD" stroke-width="6"/><circle r="52" fill="#7A4A2C"/><ellipse cx="-14" cy="-16" rx="16" ry="8" fill="#A26A45"/><rect x="56" y="-14" width="52" height="28" rx="14" fill="${C.white}"/></g>`,
      heart(1080, 660, 50, C.coral, 10),
    ].join(''),
  );
}

function neighbours(): string {
  const defs = linear('sky', '#2F3A66', '#E2A27F') + glow('moonGlow', '#FFF1C4', 0.6) + glow('win', '#FFD27A', 0.55) + glow('street', '#FFD98A', 0.7);
  const rnd = random(2026);
  const stars = Array.from(
    { length: 40 },
    () =>
      `<circle cx="${Math.round(rnd() * W)}" cy="${Math.round(rnd() * 260)}" r="${f(1.5 + rnd() * 2.2)}" fill="#FFF6D8" opacity="${f(0.5 + rnd() * 0.5)}"/>`,
  ).join('');
  const colours = ['#5B5478', '#6C5A7C', '#4E5A7C', '#775E74', '#5F6C8A', '#6A5370', '#52607F'];
  const roofs = ['step', 'point', 'flat', 'step', 'point', 'step', 'flat'] as const;
  const widths = [170, 150, 190, 160, 175, 150, 180];
  let houses = '';
  let x = -10;
  widths.forEach((w, i) => {
    const top = 330 + (i % 3) * 30;
    houses += `<path d="${housePath(x, w, top, 660, roofs[i]!)}" fill="${colours[i]}"/>`;
    const cols = w > 165 ? 3 : 2;
    const ww = 34;
    const gap = (w - cols * ww) / (cols + 1);
    for (let row = 0; row < 3; row++) {
      for (let c = 0; c < cols; c++) {
        const wx = x + gap + c * (ww + gap);
        const wy = top + 24 + row * 80;
        if (row === 2 && c === Math.floor(cols / 2)) continue;
        const lit = rnd() > 0.25;
        if (lit) houses += `<circle cx="${f(wx + ww / 2)}" cy="${wy + 26}" r="46" fill="url(#win)"/>`;
        houses += `<rect x="${f(wx)}" y="${wy}" width="${ww}" height="52" rx="4" fill="${lit ? '#FFD98A' : '#2B3150'}"/>`;
        if (lit && rnd() > 0.7)
          houses += `<circle cx="${f(wx + ww / 2)}" cy="${wy + 30}" r="8" fill="#C98E64"/><path d="M${f(wx + 6)},${wy + 52} Q${f(wx + ww / 2)},${wy + 34} ${f(wx + ww - 6)},${wy + 52}Z" fill="#E98A6B"/>`;
      }
    }
    const dx = x + w / 2 - 22;
    houses += `<path d="M${f(dx)},660 L${f(dx)},600 Q${f(dx + 22)},578 ${f(dx + 44)},600 L${f(dx + 44)},660Z" fill="#2B2540"/><rect x="${f(dx + 8)}" y="598" width="28" height="8" rx="4" fill="#FFD98A" opacity="0.8"/>`;
    x += w - 2;
  });
  const bulbs = Array.from({ length: 11 }, (_, i) => {
    const bx = 180 + i * 78;
    const by = 318 + Math.sin((i / 10) * Math.PI) * 40;
    return `<circle cx="${bx}" cy="${f(by)}" r="7" fill="${['#FFD98A', '#F4A38A', '#BFE3C7'][i % 3]}"/>`;
  }).join('');
  return svg(
    defs,
    [
      `<rect width="${W}" height="${H}" fill="url(#sky)"/>`,
      stars,
      `<circle cx="1010" cy="120" r="120" fill="url(#moonGlow)"/><circle cx="1010" cy="120" r="46" fill="#FFF1C4"/><circle cx="995" cy="108" r="8" fill="#F1DFA8"/><circle cx="1024" cy="136" r="6" fill="#F1DFA8"/>`,
      houses,
      `<path d="M180,318 Q570,398 960,318" stroke="#2B2540" stroke-width="2" fill="none"/>${bulbs}`,
      `<rect x="0" y="660" width="${W}" height="90" fill="#3A3556"/><rect x="0" y="660" width="${W}" height="16" fill="#4A4466"/>`,
      `<circle cx="1120" cy="470" r="120" fill="url(#street)"/><rect x="1114" y="470" width="12" height="200" fill="#22203A"/><path d="M1096,470 L1144,470 L1132,436 L1108,436Z" fill="#22203A"/><rect x="1106" y="470" width="28" height="14" fill="#FFD98A"/>`,
      `<g transform="translate(470 660)"><path d="M-20,0 L-16,-30 L16,-30 L20,0Z" fill="${C.terracotta}"/><circle cx="-8" cy="-42" r="14" fill="${C.leaf}"/><circle cx="8" cy="-46" r="16" fill="${C.sage}"/></g>`,
    ].join(''),
  );
}

const ILLUSTRATIONS: Record<string, () => string> = {
  'walking.jpg': walking,
  'groceries.jpg': groceries,
  'phone-chat.jpg': phoneChat,
  'letters.jpg': letters,
  'digital-help.jpg': digitalHelp,
  'meal.jpg': meal,
  'knitting.jpg': knitting,
  'bike.jpg': bike,
  'garden.jpg': garden,
  'reading.jpg': reading,
  'paperwork.jpg': paperwork,
  'neighbours.jpg': neighbours,
};

async function render(name: string, draw: () => string): Promise<number> {
  const image = sharp(Buffer.from(draw())).resize(W, H).flatten({ background: C.cream });
  for (let quality = 78; ; quality -= 6) {
    const jpeg = await image.clone().jpeg({ quality, mozjpeg: true }).toBuffer();
    if (jpeg.length <= MAX_BYTES || quality <= 50) {
      await writeFile(path.join(OUT_DIR, name), jpeg);
      return jpeg.length;
    }
  }
}

async function main(): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true });
  for (const [name, draw] of Object.entries(ILLUSTRATIONS)) {
    const bytes = await render(name, draw);
    console.log(`${name.padEnd(18)} ${(bytes / 1024).toFixed(1)} KB`);
  }
  console.log(`Wrote ${Object.keys(ILLUSTRATIONS).length} images to ${OUT_DIR}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
