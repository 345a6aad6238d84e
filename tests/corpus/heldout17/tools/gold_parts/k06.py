from gold_lib import L
d='k06_iraq_anbar_raid_wire'
C=["CENTCOM","US Central Command","US military's Central Command","Central Command","US military"]
L(d,"15 Islamic State militants",15,'killed','exact',"Islamic State militants killed in Anbar raid","Islamic State","Central Command",C,'CENTCOM','event','military')
L(d,"four IS leaders",4,'killed','exact',"IS leaders among the dead","Islamic State","Central Command",C,'CENTCOM','event','military')
L(d,"Seven US personnel",7,'wounded','exact',"US personnel injured in the raid","United States","Central Command",C,'CENTCOM','event','military')
L(d,"five were",5,'wounded','exact',"US personnel wounded during the raid","United States","Central Command",C,'CENTCOM','event','military')
L(d,"two were hurt in falls",2,'wounded','exact',"US personnel hurt in falls during the raid","United States","Central Command",C,'CENTCOM','event','military')
J=["JOC","Iraq's Joint Operations Command","the command","Joint Operations Command"]
L(d,'14 "terrorists"',14,'killed','exact',"militants killed in the raid (Iraqi count)","Islamic State","Joint Operations Command",J,'JOC','event','military')
L(d,"Dozens of",None,'killed','vague',"IS militants killed in Iraqi air strikes in the Hamrin mountains since January","Islamic State","Joint Operations Command",J,'JOC','period','military')
L(d,"between 400 and 500 IS fighters",None,'deployed','range',"IS fighters active in Iraq","Islamic State","Iraqi security official",["National Intelligence Service","Iraqi official","security official"],'INIS','total','military',low=400,high=500)
L(d,"1,500 to 3,000 fighters",None,'deployed','range',"IS fighters in Iraq and Syria combined","Islamic State","UN monitoring team",["UN team","monitoring team"],("UN Analytical Support and Sanctions Monitoring Team","international body",None),'total','military',low=1500,high=3000)
L(d,"tens of",None,'deployed','vague',"IS fighters at the height of the caliphate","Islamic State",None,[],None,'period','military')
L(d,"Roughly 2,500 US troops",2500,'deployed','approximate',"US troops stationed in Iraq","United States",None,[],None,'total','military')
L(d,"about 900 in Syria",900,'deployed','approximate',"US troops stationed in Syria","United States",None,[],None,'total','military')
L(d,"roughly 10,000",10000,'captured','approximate',"IS fighters held in SDF prisons","Islamic State",None,[],None,'total','military')
L(d,"150 Syrian government soldiers",150,'killed','at_least',"Syrian government soldiers killed in IS attacks in the first half of the year","Syria","Syrian Observatory for Human Rights",["SOHR","Britain-based monitor"],'SOHR','period','military')
PM=["Kurdistan Region's Ministry of Peshmerga Affairs","Ministry of Peshmerga Affairs","Peshmerga ministry"]
L(d,"Two Peshmerga fighters",2,'killed','exact',"Peshmerga fighters killed near Makhmour","Iraq","Ministry of Peshmerga Affairs",PM,("Ministry of Peshmerga Affairs (Kurdistan Region)","military","Iraq"),'event','military')
L(d,"three wounded",3,'wounded','exact',"Peshmerga fighters wounded near Makhmour","Iraq","Ministry of Peshmerga Affairs",PM,("Ministry of Peshmerga Affairs (Kurdistan Region)","military","Iraq"),'event','military')
