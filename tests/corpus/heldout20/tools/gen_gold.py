#!/usr/bin/env python3
"""Builds /tmp/h20/gold.jsonl from compact per-doc tables (gold_*.py beside this file)."""
import json, glob, os, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical sources: key -> (source, source_type, source_country)
SRC = {
 'GAZA_MOH': ("Ministry of Health (Gaza)", "health authority", "Palestine"),
 'IDF': ("Israel Defense Forces", "military", "Israel"),
 'GMO': ("Government Media Office (Gaza)", "government", "Palestine"),
 'NASSER': ("Nasser Medical Complex", "health authority", "Palestine"),
 'CIVDEF': ("Palestinian Civil Defence (Gaza)", "government", "Palestine"),
 'ICRC': ("International Committee of the Red Cross", "international body", None),
 'OCHA': ("UN Office for the Coordination of Humanitarian Affairs", "international body", None),
 'UNRWA': ("UNRWA", "international body", None),
 'OHCHR': ("Office of the UN High Commissioner for Human Rights", "international body", None),
 'PPS': ("Palestinian Prisoners' Society", "monitor", "Palestine"),
 'IPS': ("Israel Prison Service", "government", "Israel"),
 'NETANYAHU': ("Benjamin Netanyahu", "person", "Israel"),
 'HMFF': ("Hostages and Missing Families Forum", "monitor", "Israel"),
 'THAI_MFA': ("Ministry of Foreign Affairs (Thailand)", "government", "Thailand"),
 'ISR_MID': ("Military Intelligence Directorate (Israel)", "intelligence", "Israel"),
 'ISR_OFFICIALS': ("Israeli officials", "unnamed", "Israel"),
 'LEB_MOH': ("Ministry of Public Health (Lebanon)", "health authority", "Lebanon"),
 'NABATIEH': ("Nabatieh Governorate", "government", "Lebanon"),
 'UNIFIL': ("UNIFIL", "international body", None),
 'LAF': ("Lebanese Armed Forces", "military", "Lebanon"),
 'HEZB_SOURCE': ("source close to Hezbollah", "unnamed", "Lebanon"),
 'LEB_SEC': ("Lebanese security source", "unnamed", "Lebanon"),
 'SOHR': ("Syrian Observatory for Human Rights", "monitor", "Syria"),
 'SNHR': ("Syrian Network for Human Rights", "monitor", "Syria"),
 'SYR_MOD': ("Ministry of Defence (Syria)", "military", "Syria"),
 'SYR_MOI': ("Ministry of Interior (Syria)", "government", "Syria"),
 'SANA': ("SANA", "media", "Syria"),
 'IRAN_MOH': ("Ministry of Health and Medical Education (Iran)", "health authority", "Iran"),
 'IRAN_JUD': ("Judiciary of Iran", "government", "Iran"),
 'IRGC': ("Islamic Revolutionary Guard Corps", "military", "Iran"),
 'MDA': ("Magen David Adom", "health authority", "Israel"),
 'ISR_MOH': ("Ministry of Health (Israel)", "health authority", "Israel"),
 'ISR_PMO': ("Prime Minister's Office (Israel)", "government", "Israel"),
 'SOROKA': ("Soroka Medical Center", "health authority", "Israel"),
 'HRANA': ("Human Rights Activists News Agency", "monitor", "Iran"),
 'MM_STATE_MEDIA': ("Myanmar state media", "media", "Myanmar"),
 'SAC': ("State Administration Council (Myanmar military)", "military", "Myanmar"),
 'NUG': ("National Unity Government (Myanmar)", "government", "Myanmar"),
 'AAPP': ("Assistance Association for Political Prisoners", "monitor", "Myanmar"),
 'TNLA': ("Ta'ang National Liberation Army", "armed group", "Myanmar"),
 'MYAUNG_ADMIN': ("Thant Zin Oo", "person", "Myanmar"),
 'USIP': ("United States Institute of Peace", "monitor", "United States"),
 'SHAN_RESCUE': ("Kyaukme Rescue Team", "monitor", "Myanmar"),
 'INDIAN_ARMY': ("Indian Army", "military", "India"),
 'ISPR': ("Inter-Services Public Relations", "military", "Pakistan"),
 'POONCH_DC': ("Poonch District Administration", "government", "India"),
 'PAK_SEC': ("Pakistani security source", "unnamed", "Pakistan"),
 'IND_OFFICIALS': ("Indian officials", "unnamed", "India"),
 'JEM': ("Jaish-e-Mohammed", "armed group", "Pakistan"),
 'TTP': ("Tehrik-i-Taliban Pakistan", "armed group", "Pakistan"),
 'KP_POLICE': ("Khyber Pakhtunkhwa Police", "government", "Pakistan"),
 'CRSS': ("Centre for Research and Security Studies", "monitor", "Pakistan"),
 'TALIBAN_GOV': ("Islamic Emirate of Afghanistan (Taliban government)", "government", "Afghanistan"),
 'UNAMA': ("UN Assistance Mission in Afghanistan", "international body", None),
 'ISR_AUTH': ("Israeli authorities", "government", "Israel"),
 'HAMAS_OFFICIAL': ("Hamas official", "unnamed", None),
 'RHUL': ("Royal Holloway, University of London", "monitor", "United Kingdom"),
 'LANCET': ("The Lancet study", "monitor", None),
}

def load():
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, 'gold_j*.py'))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        for row in m.ROWS:
            out.append(mk(m.DOC, *row))
    return out

def mk(doc, span, num, cat, qual, subject, side, claimant, aliases, src, scope, force):
    value = low = high = None
    if qual == 'range':
        low, high = num
    elif qual != 'vague':
        value = num
    unit = 'people'
    if isinstance(cat, tuple):
        cat, unit = cat
    if src is None:
        s = (None, None, None)
    elif src in SRC:
        s = SRC[src]
    else:
        raise KeyError(src)
    return {"doc": doc, "value": value, "low": low, "high": high, "unit": unit,
            "category": cat, "qualifier": qual, "subject": subject, "side": side,
            "claimant": claimant, "claimant_aliases": aliases or [], "span": span,
            "source": s[0], "source_type": s[1], "source_country": s[2],
            "scope": scope, "force": force}

if __name__ == '__main__':
    rows = load()
    with open(os.path.join(HERE, '..', 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "lines")
