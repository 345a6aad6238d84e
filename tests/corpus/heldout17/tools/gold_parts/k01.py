from gold_lib import L
d='k01_lebanon_pager_blasts_live'
AB=["Abiad","Health Minister Firass Abiad","Health Minister","the minister","Lebanon's health ministry","health ministry"]
L(d,"12 dead",12,'killed','exact',"people killed in the pager explosions in Lebanon","Lebanon","Firass Abiad",AB,'LBMOH','event','mixed')
L(d,"two of them children",2,'killed','exact',"children killed in the pager explosions","Lebanon","Firass Abiad",AB,'LBMOH','event','civilian')
L(d,"about 2,800 people wounded",2800,'wounded','approximate',"people wounded in the pager explosions","Lebanon","Firass Abiad",AB,'LBMOH','event','mixed')
L(d,"Around 300 of the wounded",300,'wounded','approximate',"wounded in critical condition","Lebanon","Firass Abiad",AB,'LBMOH','event','mixed')
L(d,"dozens of Hezbollah fighters",None,'wounded','vague',"Hezbollah fighters among the wounded","Hezbollah","security source",["a security source in Beirut","security source in Beirut"],("Lebanese security source","unnamed","Lebanon"),'event','military')
L(d,"at least eight people have been killed",8,'killed','at_least',"people killed (earlier toll)","Lebanon","Firass Abiad",AB,'LBMOH','event','mixed')
L(d,"about 2,750 wounded",2750,'wounded','approximate',"people wounded (earlier toll)","Lebanon","Firass Abiad",AB,'LBMOH','event','mixed')
L(d,"More than 200 of them",200,'wounded','at_least',"wounded in critical condition (earlier toll)","Lebanon","Firass Abiad",AB,'LBMOH','event','mixed')
L(d,"two of its members",2,'killed','exact',"Hezbollah members among the dead","Hezbollah","Hezbollah",["Hezbollah statement"],'HEZ','event','military')
L(d,"two of his staff",2,'wounded','exact',"Iranian embassy staff wounded","Iran","Iranian state television",["Iranian state TV","state television"],("Iranian state television","media","Iran"),'event','civilian')
L(d,"nine people have been killed",9,'killed','exact',"people killed (toll at 19:45)","Lebanon","Lebanese health ministry",["health ministry","Lebanon's health ministry","Firass Abiad","Abiad"],'LBMOH','event','mixed')
L(d,"14 Hezbollah members",14,'wounded','exact',"Hezbollah members wounded in Syria","Hezbollah","Syrian Observatory for Human Rights",["SOHR","war monitor based in Britain","war monitor"],'SOHR','event','military')
L(d,"dozens of the wounded",None,'wounded','vague',"wounded taken to AUBMC","Lebanon",None,[],None,'event','mixed')
L(d,"about 1,500 Hezbollah fighters",1500,'casualties','approximate',"Hezbollah fighters put out of action","Hezbollah","Israeli security official",["military intelligence directorate","Israeli military intelligence","an Israeli security official"],'AMAN','event','military')
