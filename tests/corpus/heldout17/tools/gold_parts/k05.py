from gold_lib import L
d='k05_unifil_contingents_under_fire'
U=["United Nations Interim Force in Lebanon","UNIFIL","the mission"]
L(d,"Four Italian peacekeepers",4,'wounded','exact',"Italian peacekeepers injured at Shama base","United Nations","UNIFIL",U,'UNIFIL','event','military')
L(d,"at least 20 of our personnel",20,'wounded','at_least',"UNIFIL personnel injured since October","United Nations","Andrea Tenenti",["Tenenti","UNIFIL spokesman","UNIFIL"],'UNIFIL','period','military')
L(d,"Two Sri Lankan peacekeepers",2,'wounded','exact',"Sri Lankan peacekeepers hurt at Naqoura","United Nations","UNIFIL",U,'UNIFIL','event','military')
L(d,"roughly 10,000 troops",10000,'deployed','approximate',"UNIFIL troops","United Nations",None,[],None,'total','military')
CL=["mission's latest contributor list","contributor list","the mission","UNIFIL"]
for span,v,c in [("Indonesia (1,231)",1231,"Indonesian"),("Italy (1,068)",1068,"Italian"),("India (903)",903,"Indian"),("Nepal (876)",876,"Nepali"),("Malaysia (833)",833,"Malaysian"),("Spain (676)",676,"Spanish"),("France (673)",673,"French")]:
    L(d,span,v,'deployed','exact',c+" contingent in UNIFIL","United Nations","UNIFIL",CL,'UNIFIL','total','military')
L(d,"870-strong battalion",870,'deployed','exact',"Ghanaian battalion in UNIFIL","United Nations",None,[],None,'total','military')
L(d,"about 340 soldiers",340,'deployed','approximate',"Irish soldiers in UNIFIL","United Nations",None,[],None,'total','military')
LA=["army","Lebanese army","Lebanese Armed Forces"]
L(d,"more than 40 of its soldiers",40,'killed','at_least',"Lebanese soldiers killed since September","Lebanon","Lebanese army",LA,'LAF','period','military')
L(d,"three who died on Thursday",3,'killed','exact',"Lebanese soldiers killed at checkpoint near Tyre","Lebanon","Lebanese army",LA,'LAF','event','military')
MA=["Ministry of Public Health","Lebanon's Ministry of Public Health","health ministry","the ministry"]
L(d,"3,645 people",3645,'killed','exact',"people killed in Israeli attacks since October 2023","Lebanon","Lebanese Ministry of Public Health",MA,'LBMOH','total','unknown')
L(d,"15,355 have been wounded",15355,'wounded','exact',"people wounded since October 2023","Lebanon","Lebanese Ministry of Public Health",MA,'LBMOH','total','unknown')
