from gold_lib import L
d='k03_gaza_idf_rafah_eliminated'
IA=["IDF","Israel Defense Forces","military","Israeli military","army","Daniel Hagari","Hagari"]
L(d,"more than 2,000 terrorists of Hamas and Palestinian Islamic Jihad",2000,'killed','at_least',"Hamas and Islamic Jihad militants killed in Rafah since May",None,"Israel Defense Forces",IA,'IDF','period','military')
L(d,"more than 40 commanders",40,'killed','at_least',"commanders of Hamas's Rafah Brigade","Hamas","Israel Defense Forces",IA,'IDF','period','military')
L(d,"329 soldiers",329,'killed','exact',"Israeli soldiers killed since the start of the Gaza ground operation","Israel","Israel Defense Forces",["IDF figures"]+IA,'IDF','period','military')
L(d,"21 in the fighting in Rafah",21,'killed','exact',"Israeli soldiers killed in Rafah","Israel","Israel Defense Forces",["IDF figures"]+IA,'IDF','period','military')
L(d,"about 17,000 terrorists",17000,'killed','approximate',"militants killed across Gaza since October 7",None,"Israeli army",["army","IDF","Israel Defense Forces","Benjamin Netanyahu","Netanyahu"],'IDF','total','military')
L(d,"around 15,000 armed operatives",15000,'deployed','approximate',"Hamas armed operatives remaining in Gaza","Hamas","senior Israeli official",["Israeli official","Military Intelligence"],'AMAN','total','military')
L(d,"more than 30 Israeli soldiers",30,'casualties','at_least',"Israeli soldiers killed or wounded in Tal al-Sultan ambush","Israel","Qassam Brigades",["Hamas's armed wing","Hamas","Qassam"],'HAMAS','event','military')
GM=["Hamas-run health ministry","health ministry","the ministry","Gaza's health ministry"]
L(d,"at least 40,223 Palestinians",40223,'killed','at_least',"Palestinians killed in Gaza since the war began","Palestine","Gaza health ministry",GM,'GZMOH','total','unknown')
L(d,"92,981 wounded",92981,'wounded','at_least',"Palestinians wounded in Gaza since the war began","Palestine","Gaza health ministry",GM,'GZMOH','total','unknown')
L(d,"Fifty bodies",50,'killed','exact',"bodies brought to hospitals in 24 hours","Palestine","Gaza health ministry",GM,'GZMOH','period','unknown')
CD=["civil defence agency","Gaza's civil defence agency","civil defence","Mahmoud Basal","Basal"]
L(d,"the bodies of 11 people",11,'killed','exact',"people killed in strike on Gaza City school","Palestine","Gaza civil defence",CD,'GZCD','event','unknown')
L(d,"four children",4,'killed','exact',"children killed in strike on Gaza City school","Palestine","Gaza civil defence",CD,'GZCD','event','civilian')
L(d,"289 aid workers",289,'killed','exact',"aid workers killed in Gaza since October 2023",None,"OCHA",["UN humanitarian office","UN Office for the Coordination of Humanitarian Affairs"],'OCHA','total','civilian')
L(d,"207 of them",207,'killed','exact',"UNRWA staff killed in Gaza",None,"OCHA",["UN humanitarian office"],'OCHA','total','civilian')
L(d,"115 hostages",115,'captured','exact',"hostages remaining in Gaza","Israel","Israel",["Israeli government"],'ISRGOV','total','unknown')
L(d,"about 1,200 people",1200,'killed','approximate',"people killed in the October 7 attack","Israel","Israeli tallies",["Israeli authorities","Israel"],'ISRGOV','event','unknown')
