from gold_lib import L
d='k10_bannu_cantonment_hospital'
KM=["Dr Khalid Mehsud","Mehsud","medical superintendent","District Headquarters Hospital","hospital"]
HS=("District Headquarters Hospital Bannu","health authority","Pakistan")
IS=["ISPR","military's media wing","military","Inter-Services Public Relations","ISPR statement"]
L(d,"11 bodies",11,'killed','exact',"bodies received at DHQ Hospital Bannu","Pakistan","Khalid Mehsud",KM,HS,'event','unknown')
L(d,"34 injured people",34,'wounded','exact',"injured received at DHQ Hospital Bannu","Pakistan","Khalid Mehsud",KM,HS,'event','unknown')
L(d,"Six of the injured",6,'wounded','exact',"injured in critical condition","Pakistan","Khalid Mehsud",KM,HS,'event','unknown')
L(d,"nine children",9,'wounded','exact',"children among the injured","Pakistan","Khalid Mehsud",KM,HS,'event','civilian')
L(d,"dozens of people wounded",None,'wounded','vague',"people wounded (initial reports)","Pakistan",None,[],None,'event','unknown')
L(d,"five soldiers",5,'killed','exact',"soldiers killed in the Bannu cantonment attack","Pakistan","ISPR",IS,'ISPR','event','military')
L(d,"13 civilians",13,'killed','exact',"civilians killed in the Bannu cantonment attack","Pakistan","ISPR",IS,'ISPR','event','civilian')
L(d,"All 16 attackers",16,'killed','exact',"attackers killed by troops","Jaish al-Fursan","ISPR",IS,'ISPR','event','military')
L(d,"four suicide bombers",4,'killed','exact',"suicide bombers among the dead attackers","Jaish al-Fursan","ISPR",IS,'ISPR','event','military')
L(d,"more than 30 soldiers",30,'killed','at_least',"Pakistani soldiers the attackers claimed to have killed","Pakistan","Jaish al-Fursan",["the group","Hafiz Gul Bahadur"],("Jaish al-Fursan","armed group","Pakistan"),'event','military')
L(d,"some 2,000 troops",2000,'deployed','approximate',"troops based at Bannu cantonment","Pakistan",None,[],None,'total','military')
L(d,"685 members of Pakistan's security forces",685,'killed','exact',"Pakistani security forces killed by militants in 2024","Pakistan","Centre for Research and Security Studies",["CRSS","think tank","Islamabad-based think tank"],("Centre for Research and Security Studies","monitor","Pakistan"),'period','military')
L(d,"five Chinese engineers",5,'killed','exact',"Chinese engineers killed near Besham","China",None,[],None,'event','civilian')
