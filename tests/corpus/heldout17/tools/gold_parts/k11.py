from gold_lib import L
d='k11_philippines_npa_negros_clash'
A=["AFP","Armed Forces of the Philippines","military","Philippine military"]
P=["Major Cenon Pancito","Pancito","division's spokesperson","3rd Infantry Division","army"]
FP=["Padilla","AFP spokesperson","Colonel Francel Margareth Padilla","AFP","Armed Forces of the Philippines"]
N=["NPA","New People's Army","Ka Andres Maglaya","regional command of the NPA","rebels"]
L(d,"Seven suspected New People's Army (NPA) rebels",7,'killed','exact',"NPA rebels killed in Himamaylan clash","New People's Army","Armed Forces of the Philippines",A,'AFPH','event','military')
L(d,"one soldier",1,'killed','exact',"soldier killed in Himamaylan clash","Philippines","Armed Forces of the Philippines",A,'AFPH','event','military')
L(d,"Three soldiers were wounded",3,'wounded','exact',"soldiers wounded in Himamaylan clash","Philippines","Cenon Pancito",P,'AFPH','event','military')
L(d,"two civilians",2,'wounded','exact',"civilians hurt in the crossfire","Philippines","Cenon Pancito",P,'AFPH','event','civilian')
L(d,"two suspected rebels",2,'captured','exact',"suspected rebels arrested","New People's Army","Cenon Pancito",P,'AFPH','event','military')
L(d,"one of them with a gunshot wound",1,'wounded','exact',"arrested rebel with a gunshot wound","New People's Army","Cenon Pancito",P,'AFPH','event','military')
L(d,"84 NPA members",84,'killed','exact',"NPA members killed in encounters this year","New People's Army","Francel Margareth Padilla",FP,'AFPH','period','military')
L(d,"about 1,500 fighters",1500,'deployed','approximate',"NPA armed strength","New People's Army","Francel Margareth Padilla",FP,'AFPH','total','military')
L(d,"a peak of 25,000",25000,'deployed','exact',"NPA peak strength in the mid-1980s","New People's Army","Francel Margareth Padilla",FP,'AFPH','period','military')
L(d,"1,210 rebels and supporters",1210,'captured','exact',"rebels and supporters who surrendered since January","New People's Army","Francel Margareth Padilla",FP,'AFPH','period','mixed')
L(d,"at least five soldiers",5,'killed','at_least',"soldiers the NPA claims to have killed","Philippines","NPA regional command",N,'NPA','event','military')
L(d,"two of its Red fighters",2,'killed','exact',"NPA fighters killed (own losses)","New People's Army","NPA regional command",N,'NPA','event','military')
L(d,"an estimated 40,000 combatants and civilians",40000,'killed','approximate',"people killed in the NPA insurgency since 1969",None,None,[],None,'total','mixed')
