DOC = "j13_wire_waziristan_infiltration"
I = "Inter-Services Public Relations"; IA = ["ISPR", "the military", "military's media wing", "Pakistani military", "ISPR statement"]
T = "Muhammad Khurasani"; TA = ["TTP spokesman", "TTP", "Tehrik-i-Taliban Pakistan"]
P = "Khyber Pakhtunkhwa police"; PA = ["police spokesman in Peshawar", "KP police"]
C = "Centre for Research and Security Studies"; CA = ["CRSS", "Islamabad think tank", "annual report"]
ROWS = [
 ("71 militants", 71, "killed", "exact", "TTP militants killed trying to infiltrate North Waziristan since Friday", "Tehrik-i-Taliban Pakistan", I, IA, "ISPR", "event", "military"),
 ('eliminated 54 "khwarij"', 54, "killed", "exact", "TTP fighters killed in Hassan Khel on Friday night and Saturday", "Tehrik-i-Taliban Pakistan", I, IA, "ISPR", "event", "military"),
 ("a further 17", 17, "killed", "exact", "TTP fighters killed in follow-up operations on Sunday", "Tehrik-i-Taliban Pakistan", I, IA, "ISPR", "event", "military"),
 ("eight of the", 8, "killed", "exact", "TTP fighters killed in the area, per the group", "Tehrik-i-Taliban Pakistan", T, TA, "TTP", "event", "military"),
 ("killed dozens of soldiers", None, "killed", "vague", "Pakistani soldiers killed in TTP attacks over the past week", "Pakistan", T, TA, "TTP", "period", "military"),
 ("nine policemen", 9, "killed", "exact", "policemen killed in militant attacks in Khyber Pakhtunkhwa this month", "Pakistan", P, PA, "KP_POLICE", "period", "military"),
 ("including three", 3, "killed", "exact", "policemen killed at a checkpoint in Lakki Marwat", "Pakistan", P, PA, "KP_POLICE", "event", "military"),
 ("2,000 extra personnel", 2000, "deployed", "exact", "extra police personnel sent to southern districts", "Pakistan", P, PA, "KP_POLICE", "event", "military"),
 ("685 security personnel", 685, "killed", "exact", "Pakistani security personnel killed in 2024", "Pakistan", C, CA, "CRSS", "period", "military"),
 ("927 militants killed", 927, "killed", "exact", "militants killed in Pakistan in 2024", None, C, CA, "CRSS", "period", "military"),
 ("46 people", 46, "killed", "exact", "people killed in Pakistani air strikes in Paktika, mostly women and children", "Afghanistan", "Zabihullah Mujahid", ["Taliban government", "Taliban government's chief spokesman", "Mujahid"], "TALIBAN_GOV", "event", "unknown"),
 ("dozens of civilians", None, "killed", "vague", "civilians killed in Pakistani air strikes in Paktika", "Afghanistan", "UN Assistance Mission in Afghanistan", ["UNAMA", "the mission"], "UNAMA", "event", "civilian"),
]
