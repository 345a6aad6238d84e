import json
SRC = {
 'LBMOH': ("Ministry of Public Health (Lebanon)", "health authority", "Lebanon"),
 'IDF': ("Israel Defense Forces", "military", "Israel"),
 'AMAN': ("Military Intelligence Directorate (Israel)", "intelligence", "Israel"),
 'HEZ': ("Hezbollah", "armed group", "Lebanon"),
 'SOHR': ("Syrian Observatory for Human Rights", "monitor", "United Kingdom"),
 'GZMOH': ("Ministry of Health (Gaza)", "health authority", "Palestine"),
 'GZCD': ("Palestinian Civil Defence (Gaza)", "health authority", "Palestine"),
 'HAMAS': ("Hamas", "armed group", "Palestine"),
 'OCHA': ("UN Office for the Coordination of Humanitarian Affairs", "international body", None),
 'UNIFIL': ("United Nations Interim Force in Lebanon", "international body", None),
 'LAF': ("Lebanese Armed Forces", "military", "Lebanon"),
 'NNA': ("National News Agency (Lebanon)", "media", "Lebanon"),
 'NETANYAHU': ("Benjamin Netanyahu", "person", "Israel"),
 'QASSEM': ("Naim Qassem", "person", "Lebanon"),
 'ISPR': ("Inter-Services Public Relations (Pakistan)", "military", "Pakistan"),
 'TALIBAN': ("Taliban government (Afghanistan)", "government", "Afghanistan"),
 'UNAMA': ("United Nations Assistance Mission in Afghanistan", "international body", None),
 'BALOCH': ("Government of Balochistan", "government", "Pakistan"),
 'BLA': ("Balochistan Liberation Army", "armed group", "Pakistan"),
 'SHARIF': ("Shehbaz Sharif", "person", "Pakistan"),
 'DSW': ("Deep South Watch", "monitor", "Thailand"),
 'ISOC4': ("Internal Security Operations Command Region 4 (Thailand)", "military", "Thailand"),
 'AFPH': ("Armed Forces of the Philippines", "military", "Philippines"),
 'NPA': ("New People's Army", "armed group", "Philippines"),
 'CENTCOM': ("US Central Command", "military", "United States"),
 'JOC': ("Joint Operations Command (Iraq)", "military", "Iraq"),
 'INIS': ("Iraqi National Intelligence Service", "intelligence", "Iraq"),
 'ISRGOV': ("Government of Israel", "government", "Israel"),
 'ICRC': ("International Committee of the Red Cross", "international body", None),
 'THGOV': ("Government of Thailand", "government", "Thailand"),
 'AZMOD': ("Ministry of Defence (Azerbaijan)", "military", "Azerbaijan"),
 'RUMOD': ("Ministry of Defence (Russia)", "military", "Russia"),
 'AMMOD': ("Ministry of Defence (Armenia)", "military", "Armenia"),
}
ROWS = []
def L(doc, span, value, cat, qual, subject, side, claimant, aliases, src, scope, force, low=None, high=None, unit='people'):
    if src is None:
        s = (None, None, None)
    elif isinstance(src, str):
        s = SRC[src]
    else:
        s = src
    if qual == 'vague':
        value = low = high = None
    if qual == 'range':
        value = None
    ROWS.append(dict(doc=doc, value=value, low=low, high=high, unit=unit, category=cat, qualifier=qual,
        subject=subject, side=side, claimant=claimant, claimant_aliases=list(aliases), span=span,
        source=s[0], source_type=s[1], source_country=s[2], scope=scope, force=force))
