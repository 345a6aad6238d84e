from gold_lib import L
d='k09_afpak_border_clash_claims_wire'
PM=["military","Pakistani military","Inter-Services Public Relations","ISPR","military's media wing"]
ZM=["Mujahid","Chief government spokesman","Zabiullah Mujahid","Taliban","Taliban government"]
L(d,"23 of its soldiers",23,'killed','exact',"Pakistani soldiers killed in border fighting","Pakistan","Pakistan's military",PM,'ISPR','event','military')
L(d,"and 29",29,'wounded','exact',"Pakistani soldiers wounded in border fighting","Pakistan","Pakistan's military",PM,'ISPR','event','military')
L(d,"more than 200 Taliban and affiliated terrorists",200,'killed','at_least',"Afghan Taliban and affiliated militants killed",None,"Inter-Services Public Relations",["ISPR","military's media wing","Pakistan's military"],'ISPR','event','military')
L(d,"58 Pakistani",58,'killed','exact',"Pakistani soldiers killed (Taliban claim)","Pakistan","Zabihullah Mujahid",ZM,'TALIBAN','event','military')
L(d,"30 wounded",30,'wounded','exact',"Pakistani soldiers wounded (Taliban claim)","Pakistan","Zabihullah Mujahid",ZM,'TALIBAN','event','military')
L(d,"nine Afghan fighters",9,'killed','exact',"Afghan fighters killed (own losses)","Afghanistan","Zabihullah Mujahid",ZM,'TALIBAN','event','military')
L(d,"16 wounded",16,'wounded','exact',"Afghan fighters wounded (own losses)","Afghanistan","Zabihullah Mujahid",ZM,'TALIBAN','event','military')
KA=["Kandahar provincial administration","spokesman for the Kandahar provincial administration"]
KS=("Kandahar provincial administration","government","Afghanistan")
L(d,"12 civilians",12,'killed','exact',"Afghan civilians killed around Spin Boldak","Afghanistan","Kandahar provincial administration spokesman",KA,KS,'event','civilian')
L(d,"more than 100 wounded",100,'wounded','at_least',"Afghan civilians wounded around Spin Boldak","Afghanistan","Kandahar provincial administration spokesman",KA,KS,'event','civilian')
L(d,"15 to 20 Afghan Taliban fighters",None,'killed','range',"Afghan Taliban fighters killed in Spin Boldak sector","Afghanistan","Pakistani security sources",["security sources"],("Pakistani security sources","unnamed","Pakistan"),'event','military',low=15,high=20)
L(d,"four civilians",4,'wounded','exact',"civilians wounded in Chaman","Pakistan","Balochistan government's spokesman",["Balochistan government","Balochistan government spokesman"],'BALOCH','event','civilian')
UM=["UNAMA","United Nations Assistance Mission in Afghanistan","UN mission","United Nations"]
L(d,"at least 37 civilians",37,'killed','at_least',"Afghan civilians killed since the clashes began","Afghanistan","UN mission in Afghanistan",UM,'UNAMA','event','civilian')
L(d,"425 injured",425,'wounded','at_least',"Afghan civilians injured since the clashes began","Afghanistan","UN mission in Afghanistan",UM,'UNAMA','event','civilian')
L(d,"hundreds of Pakistani security personnel",None,'killed','vague',"Pakistani security personnel killed by the TTP in the past year","Pakistan",None,[],None,'period','military')
L(d,"dozens of soldiers and fighters",None,'killed','vague',"soldiers and fighters killed on both sides",None,"diplomats in Islamabad",["diplomats"],("diplomats in Islamabad","unnamed",None),'event','military')
