import { registerEnumType } from 'type-graphql';

export enum StandardKind {
  NATIONAL_MANDATORY = 'NATIONAL_MANDATORY',
  NATIONAL_RECOMMENDED = 'NATIONAL_RECOMMENDED',
  INDUSTRY = 'INDUSTRY',
  GROUP = 'GROUP',
  ENTERPRISE = 'ENTERPRISE',
}
registerEnumType(StandardKind, {
  name: 'StandardKind',
  description: 'Kind of standard, by its number prefix.',
  valuesConfig: {
    NATIONAL_MANDATORY: { description: 'Mandatory national standard, "GB …".' },
    NATIONAL_RECOMMENDED: { description: 'Recommended national standard, "GB/T …".' },
    INDUSTRY: { description: 'Industry standard, e.g. "QB/T …", "FZ/T …".' },
    GROUP: { description: 'Group (association) standard, "T/…".' },
    ENTERPRISE: { description: 'The producer\'s own enterprise standard, "Q/…"; its indicators must be declared.' },
  },
});

export enum IndicatorClass {
  SAFETY = 'SAFETY',
  HEALTH = 'HEALTH',
  ENVIRONMENT = 'ENVIRONMENT',
  PERFORMANCE = 'PERFORMANCE',
}
registerEnumType(IndicatorClass, {
  name: 'IndicatorClass',
  description:
    'What an indicator protects; safety, health and environmental indicators are listed separately on the declaration.',
  valuesConfig: {
    SAFETY: { description: 'Safety indicator.' },
    HEALTH: { description: 'Health indicator.' },
    ENVIRONMENT: { description: 'Environmental indicator.' },
    PERFORMANCE: { description: 'Functional or performance indicator.' },
  },
});
