import cases from './cases';
import checkIns from './check-ins';
import dashboard from './dashboard';
import intake from './intake';
import matches from './matches';
import outbox from './outbox';
import people from './people';
import proposals from './proposals';
import requests from './requests';
import screening from './screening';

export const controllers = { cases, checkIns, dashboard, intake, matches, outbox, people, proposals, requests, screening };
