from gold_lib import L
d='k12_thailand_narathiwat_ranger_bomb'
I=["ISOC-4","Internal Security Operations Command Region 4 Forward Command","Internal Security Operations Command Region 4","regional security command","military's regional security command","the command","military"]
W=["Colonel Wichai Sornsri","Wichai","ISOC-4","Internal Security Operations Command Region 4 Forward Command"]
DS=["Deep South Watch","the group","monitoring group"]
L(d,"Three paramilitary rangers",3,'killed','exact',"rangers killed in Rueso roadside bomb","Thailand","ISOC-4",I,'ISOC4','event','military')
L(d,"five wounded",5,'wounded','exact',"rangers wounded in Rueso roadside bomb","Thailand","ISOC-4",I,'ISOC4','event','military')
L(d,"the 12-man patrol",12,'deployed','exact',"ranger patrol hit by the bomb","Thailand","Wichai Sornsri",W,'ISOC4','event','military')
L(d,"Two of the wounded",2,'wounded','exact',"wounded rangers in serious condition","Thailand","Wichai Sornsri",W,'ISOC4','event','military')
L(d,"six people hurt in the blast",6,'wounded','exact',"people treated at Narathiwat Ratchanagarindra Hospital","Thailand","Narathiwat Ratchanagarindra Hospital",["hospital"],("Narathiwat Ratchanagarindra Hospital","health authority","Thailand"),'event','mixed')
L(d,"two Malaysian traders",2,'wounded','exact',"Malaysian traders treated for cuts","Malaysia","district officials",["officials"],("Rueso district officials","unnamed","Thailand"),'event','civilian')
L(d,"two suspects",2,'captured','exact',"suspects detained at a checkpoint",None,"ISOC-4",I,'ISOC4','event','unknown')
L(d,"four suspected insurgents",4,'killed','exact',"suspected insurgents killed in Yala firefight",None,"ISOC-4",I,'ISOC4','event','military')
L(d,"7,742 people have been killed",7742,'killed','exact',"people killed in the southern insurgency since 2004",None,"Deep South Watch",DS,'DSW','total','mixed')
L(d,"14,286 injured",14286,'wounded','exact',"people injured in the southern insurgency since 2004",None,"Deep South Watch",DS,'DSW','total','mixed')
L(d,"118 deaths in 2024",118,'killed','exact',"deaths in the southern insurgency in 2024",None,"Deep South Watch",DS+["the group's database"],'DSW','period','mixed')
L(d,"around 60,000 soldiers, police and rangers",60000,'deployed','approximate',"Thai security forces kept in the region","Thailand","ISOC-4",I,'ISOC4','total','military')
L(d,"hundreds of insurgents",None,'captured','vague',"insurgents who surrendered under Bring People Home",None,"Thai military",["military","ISOC-4"],'ISOC4','period','military')
