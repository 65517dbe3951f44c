"""Sources cited by several demo products. Only well-known public documents are named;
anything else is credited to the LINKS project in general terms."""

SENDAI = {
    "title": "Sendai Framework for Disaster Risk Reduction 2015-2030",
    "publisher": "United Nations Office for Disaster Risk Reduction (UNDRR)",
    "year": 2015,
    "url": "https://www.undrr.org/publication/sendai-framework-disaster-risk-reduction-2015-2030",
}
UNDRR_TERMINOLOGY = {
    "title": "Terminology on disaster risk reduction",
    "publisher": "United Nations Office for Disaster Risk Reduction (UNDRR)",
    "year": 2017,
    "url": "https://www.undrr.org/terminology",
}
GDPR = {
    "title": "Regulation (EU) 2016/679 (General Data Protection Regulation)",
    "publisher": "European Union",
    "year": 2016,
    "url": "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
}
EECC = {
    "title": "Directive (EU) 2018/1972 establishing the European Electronic Communications Code "
    "(Article 110: public warning systems)",
    "publisher": "European Union",
    "year": 2018,
    "url": "https://eur-lex.europa.eu/eli/dir/2018/1972/oj",
}
CAP = {
    "title": "Common Alerting Protocol, version 1.2",
    "publisher": "OASIS",
    "year": 2010,
}
VERIFICATION_HANDBOOK = {
    "title": "Verification Handbook",
    "publisher": "European Journalism Centre",
    "year": 2014,
}
LINKS_DELIVERABLE = {
    "title": "LINKS project deliverable",
    "publisher": "LINKS consortium (EU Horizon 2020, grant 883490)",
}
